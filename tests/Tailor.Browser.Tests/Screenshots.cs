using System.Reflection;
using Microsoft.Playwright;

namespace Tailor.Browser.Tests;

/// <summary>Saves screenshots of the main states under TestResults/screenshots/ at the repository root (scripts/test.sh's results folder).</summary>
public static class Screenshots
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    });

    public static Task SaveAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder.Value, name + ".png"), FullPage = fullPage });

    // The test assembly sits under the repository unless the build went to another folder (TAILOR_ARTIFACTS); then the
    // project folder recorded at build time leads there.
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, BuildTimeProjectFolder() })
            for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "Tailor.slnx"))) return folder.FullName;
        throw new InvalidOperationException("Tailor.slnx was not found above the test assembly or the test project.");
    }

    private static string? BuildTimeProjectFolder() =>
        typeof(Screenshots).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "ProjectFolder")?.Value;
}
