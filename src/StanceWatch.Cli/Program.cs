using System.CommandLine;
using StanceWatch.Cli;
using StanceWatch.Cli.Commands;

var root = new RootCommand("StanceWatch: find and alert on changes to rules for Ukraine's use of supplied weapons against Russian territory.");
root.Subcommands.Add(UpCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(DropCommand.Create());
root.Subcommands.Add(StancesCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(SubscribeCommand.Create());
root.Subcommands.Add(OutboxCommand.Create());

// Our handler, not System.CommandLine's, reports failures: one line for the expected ones.
return await CliErrors.RunAsync(() => root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
