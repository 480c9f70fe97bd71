using System.Text.Json;
using Ariadne.Cli.Infrastructure;

namespace Ariadne.Extraction.Tests;

/// <summary>The <c>ariadne extract</c> contract, run through the real command tree in-process.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ariadne-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int Code, string[] Lines, string Error)> Run(string input, params string[] extra)
    {
        var path = Path.Combine(_dir, "in.jsonl");
        await File.WriteAllTextAsync(path, input);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliRunner.RunAsync(["extract", "--input", path, .. extra], stdout, stderr);
        return (code, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    [Fact]
    public async Task One_line_out_per_line_in_with_ids_passed_through()
    {
        var (code, lines, _) = await Run(
            "{\"id\":\"ad-1\",\"text\":\"Call 713-555-0142 or jade at example dot com\",\"country\":\"US\"}\n" +
            "{\"id\":42,\"text\":\"nothing here\"}\n");
        Assert.Equal(0, code);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("ad-1", first.RootElement.GetProperty("id").GetString());
        var entities = first.RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal("phone", entities[0].GetProperty("type").GetString());
        Assert.Equal("+17135550142", entities[0].GetProperty("value").GetString());
        Assert.Equal(5, entities[0].GetProperty("start").GetInt32());
        Assert.Equal(17, entities[0].GetProperty("end").GetInt32());
        Assert.False(entities[0].TryGetProperty("obfuscated", out _));
        Assert.Equal("email", entities[1].GetProperty("type").GetString());
        Assert.Equal("jade@example.com", entities[1].GetProperty("value").GetString());
        Assert.True(entities[1].GetProperty("obfuscated").GetBoolean());
        Assert.Equal("{\"id\":42,\"entities\":[]}", lines[1]);
    }

    [Fact]
    public async Task Malformed_lines_get_an_error_line_and_exit_code_3()
    {
        var (code, lines, error) = await Run("not json\n{\"id\":\"x\"}\n[1,2]\n{\"id\":\"y\",\"text\":5}\n{\"id\":\"ok\",\"text\":\"hi\"}\n");
        Assert.Equal(ExitCodes.Partial, code);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("{\"id\":null,\"error\":\"invalid JSON", lines[0], StringComparison.Ordinal);
        Assert.Equal("{\"id\":\"x\",\"error\":\"missing required field 'text'\"}", lines[1]);
        Assert.Contains("not an object", lines[2], StringComparison.Ordinal);
        Assert.Contains("must be a string", lines[3], StringComparison.Ordinal);
        Assert.Equal("{\"id\":\"ok\",\"entities\":[]}", lines[4]);
        Assert.Contains("4 of 5 lines", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_input_file_exits_2_with_a_message()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliRunner.RunAsync(["extract", "--input", Path.Combine(_dir, "nope.jsonl")], stdout, stderr);
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("not found", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Country_option_is_the_default_for_lines_without_one()
    {
        var (_, lines, _) = await Run("{\"id\":\"a\",\"text\":\"Rates $200\"}\n{\"id\":\"b\",\"text\":\"Rates $200\",\"country\":\"US\"}\n", "--country", "CA");
        Assert.Contains("\"200 CAD\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"200 USD\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_country_option_is_a_usage_error()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliRunner.RunAsync(["extract", "--country", "USA", "--input", "x"], stdout, stderr);
        Assert.NotEqual(0, code);
        Assert.Contains("--country", stderr.ToString(), StringComparison.Ordinal);
    }
}
