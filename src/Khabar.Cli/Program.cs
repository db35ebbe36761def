using System.CommandLine;
using System.Globalization;
using System.Text;
using Khabar.Cli;

// Messages and numbers read the same everywhere: no machine's culture leaks into output.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

// Reports run to hundreds of MB: standard output is a buffered UTF-8 stream the JSON writer can write bytes to.
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var exitCode = KhabarCommand.Run(args, new InvocationConfiguration { Output = output });
output.Flush();
return exitCode;
