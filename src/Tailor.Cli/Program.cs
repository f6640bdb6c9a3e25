using Tailor.Cli;

return await TailorCli.Create().Parse(args).InvokeAsync();
