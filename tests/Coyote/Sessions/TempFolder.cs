namespace StressMaps.Tests.Sessions;

/// <summary>A fresh folder under the temporary folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");

    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
