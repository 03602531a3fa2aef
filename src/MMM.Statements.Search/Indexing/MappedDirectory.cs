using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// Index files read through memory maps, as Lucene's <see cref="MMapDirectory"/> reads them, without its clone
/// tracking: Lucene.Net 4.8 registers every clone of an input (several per term and segment of every query) in a
/// locked <c>ConditionalWeakTable</c>, so that closing the file can unmap it under them. Here a map is released only
/// when the input and every clone of it are garbage, so no read can reach an unmapped page, and a clone costs nothing.
/// Writing is <see cref="FSDirectory"/>'s.
/// </summary>
internal sealed class MappedDirectory(DirectoryInfo path, LockFactory lockFactory) : FSDirectory(path, lockFactory)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var map = MappedFile.Open(file);
        return new MappedInput($"MappedInput(path=\"{file}\")", map, 0, map.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return new Slicer(file, MappedFile.Open(file));
    }

    private sealed class Slicer(string file, MappedFile map) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > map.Length)
            {
                throw new ArgumentException($"slice ({offset}, {length}) out of bounds of {file} ({map.Length} bytes)");
            }
            return new MappedInput($"MappedInput({sliceDescription} in path=\"{file}\")", map, offset, length);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, map.Length);

        protected override void Dispose(bool disposing)
        {
            // The map lives on for the inputs opened from it; it is released when they are all garbage.
        }
    }
}

/// <summary>One file mapped read-only; unmapped by its finalizer, once no input refers to it.</summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedViewAccessor? _view;

    private MappedFile(MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _view = view;
        Start = start;
        Length = length;
    }

    public byte* Start { get; }

    public long Length { get; }

    public static MappedFile Open(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length == 0)
        {
            return new MappedFile(null, null, 0);
        }
        // The view outlives the file handle and the mapping object: the kernel keeps a mapping after its file is closed.
        using var mapping = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var view = mapping.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        return new MappedFile(view, start + view.PointerOffset, length);
    }

    ~MappedFile()
    {
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }
    }
}

/// <summary>A window of a mapped file. Clones share the map and keep it alive.</summary>
internal sealed unsafe class MappedInput : IndexInput
{
    private readonly MappedFile _map;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;

    public MappedInput(string description, MappedFile map, long offset, long length) : base(description)
    {
        _map = map;
        _start = map.Start + offset;
        _length = length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"seek to {pos} past the end ({_length} bytes): {this}");
        }
        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length)
        {
            throw new EndOfStreamException($"read past the end: {this}");
        }
        var value = _start[_position++];
        GC.KeepAlive(this); // this input, and so its map, stays reachable until the read is done
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        new ReadOnlySpan<byte>(Take(len), len).CopyTo(b.AsSpan(offset, len));
        GC.KeepAlive(this);
    }

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(Take(2), 2));
        GC.KeepAlive(this);
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(Take(4), 4));
        GC.KeepAlive(this);
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(Take(8), 8));
        GC.KeepAlive(this);
        return value;
    }

    public override object Clone() => MemberwiseClone();

    protected override void Dispose(bool disposing)
    {
        // Nothing to close: the file handle was closed once mapped, and the map goes with its last input (MappedFile).
    }

    /// <summary>The address of the next <paramref name="count"/> bytes, which the position moves past.</summary>
    private byte* Take(int count)
    {
        if (count < 0 || _position + count > _length)
        {
            throw new EndOfStreamException($"read of {count} bytes past the end: {this}");
        }
        var at = _start + _position;
        _position += count;
        return at;
    }
}
