using System.Globalization;
using Khabar.Cli;

// Messages and numbers read the same everywhere: no machine's culture leaks into output.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

return KhabarCommand.Build().Parse(args).Invoke();
