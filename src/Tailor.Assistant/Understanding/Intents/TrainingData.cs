using System.Runtime.CompilerServices;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>Finds the intent training files that ship with the repository.</summary>
public static class TrainingData
{
    /// <summary>Path of the folder relative to the repository root (and to the app's output folder).</summary>
    public const string RelativeFolder = "training/intents";

    /// <summary>
    /// The nearest <c>training/intents</c> folder above the app's base directory (bin folders, or a copy in the
    /// output), else above the current directory (<c>dotnet run</c> from the repo), else above this source file
    /// (builds whose output lives outside the repository, e.g. <c>TAILOR_ARTIFACTS</c>).
    /// </summary>
    public static string FindFolder()
    {
        string[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, SourceDirectory()];
        return starts.Select(TryFindFolder).FirstOrDefault(folder => folder is not null)
            ?? throw new DirectoryNotFoundException(
                $"Could not find '{RelativeFolder}' above any of: {string.Join(", ", starts)}.");
    }

    /// <summary>A data file that sits beside the intents folder in <c>training/</c> (emotion words, synonyms, outfits).</summary>
    public static string File(string name) => Path.Combine(Path.GetDirectoryName(FindFolder())!, name);

    /// <summary>The nearest <c>training/intents</c> folder at or above <paramref name="startDirectory"/>, or null.</summary>
    public static string? TryFindFolder(string startDirectory)
    {
        if (string.IsNullOrEmpty(startDirectory))
        {
            return null;
        }

        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "training", "intents");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // The compiler records where this file was at build time; on another machine the path simply won't exist.
    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "";
}
