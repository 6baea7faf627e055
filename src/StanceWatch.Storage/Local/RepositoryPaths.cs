namespace StanceWatch.Storage.Local;

/// <summary>Finds the repository root (the folder holding StanceWatch.slnx) from wherever we run.</summary>
public static class RepositoryPaths
{
    public const string SolutionFile = "StanceWatch.slnx";

    public static string? FindRoot(params string?[] startDirectories)
    {
        foreach (var start in startDirectories.Append(AppContext.BaseDirectory).Append(Environment.CurrentDirectory))
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
