using Ariadne.Extraction.Phones;
using PhoneNumbers;

namespace Ariadne.Extraction.Tests;

/// <summary>
/// The validator answers from its own compiled copies of libphonenumber's patterns; it must agree with
/// <c>IsValidNumber</c> for every region, on the metadata's example numbers and on near misses around them.
/// </summary>
public sealed class PhoneValidatorTests
{
    [Fact]
    public void Compiled_validation_agrees_with_libphonenumber_in_every_region()
    {
        var util = PhoneNumberUtil.GetInstance();
        var checkedNumbers = 0;
        foreach (var region in util.GetSupportedRegions().Order(StringComparer.Ordinal))
        {
            var md = util.GetMetadataForRegion(region);
            PhoneNumberDesc?[] descs = [md.FixedLine, md.Mobile, md.TollFree, md.PremiumRate, md.SharedCost, md.Voip, md.PersonalNumber, md.Pager, md.Uan, md.Voicemail];
            foreach (var desc in descs)
            {
                if (desc is null || string.IsNullOrEmpty(desc.ExampleNumber))
                {
                    continue;
                }

                var example = desc.ExampleNumber;
                // The example, its last digit changed, one digit more and one less: valid and invalid neighbours.
                string[] variants = [example, example[..^1] + (char)('0' + ((example[^1] - '0' + 5) % 10)), example + "7", example[..^1]];
                foreach (var nsn in variants)
                {
                    if (nsn.Length is < 2 or > 17 || nsn[0] == '0')
                    {
                        continue;
                    }

                    var number = new PhoneNumber.Builder().SetCountryCode(md.CountryCode).SetNationalNumber(ulong.Parse(nsn, System.Globalization.CultureInfo.InvariantCulture)).Build();
                    Assert.True(util.IsValidNumber(number) == PhoneValidator.IsValid(nsn, md.CountryCode), $"{region} +{md.CountryCode} {nsn}");
                    checkedNumbers++;
                }
            }
        }

        Assert.True(checkedNumbers > 1000, $"only {checkedNumbers} numbers checked");
    }
}
