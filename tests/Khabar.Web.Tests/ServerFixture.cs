using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Storage;
using Microsoft.AspNetCore.Builder;

namespace Khabar.Web.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port) over a store made from the demo corpus, plus any extra
/// articles a test class puts in <see cref="ExtraFolder"/> first. Shared by the tests of a class.
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("khabar-web-").FullName;
    private WebApplication? _app;

    /// <summary>The store served: a SQLite file in a folder of the fixture's own.</summary>
    public virtual string Database => Path.Combine(_folder, "khabar.db");

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Articles beside the demo corpus, written by <see cref="AddArticles"/>.</summary>
    protected string ExtraFolder => Path.Combine(_folder, "extra");

    /// <summary>The key writes need; none: the server takes no writes.</summary>
    public virtual string? ApiKey => null;

    protected virtual void AddArticles()
    {
    }

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(ExtraFolder);
        AddArticles();
        using (var store = StoreLocation.Open(Database))
        {
            new KhabarPipeline(store, PipelineParts.BuiltIn()).Run(new FileSource([SharedData.Samples, ExtraFolder], IngestOptions.Default));
        }

        _app = KhabarServer.Build(new ServerOptions(Database, "http://127.0.0.1:0", ApiKey));
        await _app.StartAsync();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
