using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Site.Engine.Diagnostics;
using Site.Validation.Links;
using Site.Validation.Stage;

namespace Site.Build.Cache;

/// <summary>
/// The scans of clean pages, kept in the build cache (<c>page-scans.bin</c> beside the manifest) so that a rebuild
/// parses again only the pages whose text changed: the check of every page is half of a cold build's CPU time. An
/// entry is found by a SHA-256 of the generator, the check's settings (the site's address and its URL schemes), the
/// page's path and its whole text, so a page that changed in any way, or a new generator, is checked again. The file
/// ends with a SHA-256 of its own bytes: a damaged or other-version file is not used (the build says so, and checks
/// every page), and the next successful build writes a new one. Only the entries this build used or made are written,
/// so the file never grows past the site.
/// </summary>
internal sealed class PageScanCache : IPageScanStore
{
    private const string Magic = "site-page-scans 1";

    private readonly string file;
    private readonly byte[] context;
    private readonly Dictionary<UInt128, PageScan> known;
    private readonly ConcurrentDictionary<UInt128, PageScan> used = new();
    private int hits;

    private PageScanCache(string file, byte[] context, Dictionary<UInt128, PageScan> known)
    {
        this.file = file;
        this.context = context;
        this.known = known;
    }

    /// <summary>How many pages this build took from the cache, and how many entries it had.</summary>
    public (int FromCache, int Known) Counts => (Volatile.Read(ref hits), known.Count);

    /// <summary>
    /// The cache in <paramref name="file"/> for checks with these settings; empty, with <paramref name="problem"/>
    /// saying why, when the file is damaged, of another version or made by another generator or settings (a missing
    /// file is simply empty: a first build).
    /// </summary>
    public static PageScanCache Open(string file, string generator, string settings, out string? problem)
    {
        problem = null;
        var context = SHA256.HashData(Encoding.UTF8.GetBytes($"{Magic}\n{generator}\n{settings}"));
        var known = new Dictionary<UInt128, PageScan>();
        try
        {
            if (File.Exists(file))
            {
                problem = Read(File.ReadAllBytes(file), context, known);
                if (problem is not null)
                {
                    known.Clear();
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"it cannot be read ({exception.Message})";
            known.Clear();
        }

        return new PageScanCache(file, context, known);
    }

    public PageScan? Find(string path, string text)
    {
        var key = Key(path, text);
        if (!known.TryGetValue(key, out var scan) || scan.Path != path)
        {
            return null;
        }

        used[key] = scan;
        Interlocked.Increment(ref hits);
        return scan;
    }

    public void Keep(string path, string text, PageScan scan) => used[Key(path, text)] = scan;

    /// <summary>Writes the entries this build used or made, to a temporary file renamed over the old one; a failure only costs the next build its shortcut.</summary>
    public void Save()
    {
        var temporary = file + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(temporary, Write(used, context));
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Left for the next build to overwrite.
            }
        }
    }

    private UInt128 Key(string path, string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(context);
        hash.AppendData(MemoryMarshal.AsBytes(path.AsSpan()));
        hash.AppendData([0, 0]);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    private static byte[] Write(IReadOnlyDictionary<UInt128, PageScan> entries, byte[] context)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(context);
            writer.Write(entries.Count);
            foreach (var (key, scan) in entries.OrderBy(e => e.Value.Path, StringComparer.Ordinal))
            {
                writer.Write((ulong)(key >> 64));
                writer.Write((ulong)key);
                writer.Write(scan.Path);
                writer.Write(scan.BaseHref is not null);
                writer.Write(scan.BaseHref ?? string.Empty);
                writer.Write(scan.Anchors.Count);
                foreach (var anchor in scan.Anchors.Order(StringComparer.Ordinal))
                {
                    writer.Write(anchor);
                }

                writer.Write(scan.References.Count);
                foreach (var reference in scan.References)
                {
                    writer.Write((byte)reference.Kind);
                    writer.Write(reference.Target);
                    writer.Write(reference.Location.Line);
                    writer.Write(reference.Location.Column);
                    writer.Write(reference.Location.EndColumn);
                }
            }
        }

        var body = buffer.ToArray();
        return [.. body, .. SHA256.HashData(body)];
    }

    /// <summary>Reads the file's entries into <paramref name="known"/>; the problem, or null when it is sound and of these settings.</summary>
    private static string? Read(byte[] bytes, byte[] context, Dictionary<UInt128, PageScan> known)
    {
        if (bytes.Length < 32 || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
        {
            return "it is damaged (its checksum does not match)";
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 32), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return "it is of another version";
            }

            if (!reader.ReadBytes(32).AsSpan().SequenceEqual(context))
            {
                return "it was made by another version of site, or with another base_url or link_schemes";
            }

            // One copy of each address and id for all pages, as a fresh check keeps them (StringPool).
            var pool = new StringPool();
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = ((UInt128)reader.ReadUInt64() << 64) | reader.ReadUInt64();
                var path = reader.ReadString();
                var hasBase = reader.ReadBoolean();
                var baseHref = reader.ReadString();
                var anchors = new HashSet<string>(StringComparer.Ordinal);
                for (var n = reader.ReadInt32(); n > 0; n--)
                {
                    anchors.Add(pool.Share(reader.ReadString()));
                }

                var references = new List<Reference>();
                for (var n = reader.ReadInt32(); n > 0; n--)
                {
                    var kind = (ReferenceKind)reader.ReadByte();
                    var target = pool.Share(reader.ReadString());
                    var (line, column, end) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
                    references.Add(new Reference(kind, target, new SourceLocation(path, line, column, end)));
                }

                known[key] = new PageScan(path, anchors, references, hasBase ? baseHref : null, [], []);
            }

            return null;
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            return $"it cannot be read ({exception.Message})";
        }
    }
}
