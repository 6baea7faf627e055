using StanceWatch.Storage.Local;

namespace StanceWatch.Testing;

/// <summary>Locates files beside the repository, such as the development corpus in ../shared/corpus.</summary>
public static class RepositoryFiles
{
    public static string Root => RepositoryPaths.FindRoot()
        ?? throw new InvalidOperationException($"cannot find {RepositoryPaths.SolutionFile} above the test binaries.");

    /// <summary>The development corpus folder, or null when it is not beside the repository (tests then skip).</summary>
    public static string? CorpusDirectory
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));
            return File.Exists(Path.Combine(path, "gold.json")) ? path : null;
        }
    }
}
