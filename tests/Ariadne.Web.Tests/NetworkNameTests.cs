using Ariadne.Linking.Networks;
using Ariadne.Web.Networks;

namespace Ariadne.Web.Tests;

public sealed class NetworkNameTests
{
    private static readonly NetworkSummary Houston = new()
    {
        Names = ["Camila"],
        Cities = ["Dallas, US", "Houston, US"],
        Movement = [new("Houston, US", null, null, 4), new("Dallas, US", null, null, 3), new("Houston, US", null, null, 2)],
    };

    [Fact]
    public void A_network_is_named_by_its_most_shared_phone_and_main_city_with_the_short_id()
    {
        (string, string, int)[] edges = [("phone", "+17135550102", 2), ("phone", "+17135550171", 9), ("email", "kim@example.com", 30)];

        Assert.Equal("+1 713-555-0171 · Houston (n3f2a9…)", NetworkName.Full("n3f2a9b8c7d6e5f40", edges, Houston));
    }

    [Fact]
    public void Without_a_phone_the_e_mail_then_handle_then_wallet_then_the_persona_names_it()
    {
        Assert.Equal("kim@example.com · Houston", NetworkName.Describe([("handle", "@kim", 5), ("email", "kim@example.com", 1)], Houston));
        Assert.Equal("@kim · Houston", NetworkName.Describe([("wallet", "btc:bc1q", 5), ("handle", "@kim", 1)], Houston));
        Assert.Equal("persona “Camila” · Houston", NetworkName.Describe([], Houston));
        Assert.Equal("no shared identifier", NetworkName.Describe([], null));
        Assert.Equal("no shared identifier · Faro", NetworkName.Describe([], new NetworkSummary { Cities = ["Faro, PT"] }));
    }
}
