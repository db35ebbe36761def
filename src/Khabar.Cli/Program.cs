using Khabar.Cli;

return KhabarCommand.Build().Parse(args).Invoke();
