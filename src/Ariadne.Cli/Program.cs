using Ariadne.Cli.Infrastructure;

// The whole command tree lives in CommandTree; Program only runs it and maps failures to exit codes.
return await CliRunner.RunAsync(args, Console.Out, Console.Error);
