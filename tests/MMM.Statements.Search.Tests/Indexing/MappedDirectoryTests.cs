using Lucene.Net.Index;
using Lucene.Net.Store;
using MMM.Statements.Analysis;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Search.Mapping;
using MMM.Statements.Tests;

namespace MMM.Statements.Search.Tests.Indexing;

/// <summary>The index's files as the engine reads them: memory-mapped inputs, and stored fields in separate files.</summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempDirectory("mmm-mapped");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void ACloneReadsOnAfterTheInputItCameFromAndItsDirectoryAreClosed()
    {
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(Path.Combine(_folder, "data.bin"), bytes);
        IndexInput clone;
        using (var directory = new MappedDirectory(new DirectoryInfo(_folder), NoLockFactory.GetNoLockFactory()))
        {
            var input = directory.OpenInput("data.bin", IOContext.READ);
            input.Seek(90_000);
            clone = (IndexInput)input.Clone();
            input.Dispose();
        }
        // What Lucene's own mapped directory guards against with a table of clones: a read after the file was closed.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var read = new byte[10_000];
        clone.ReadBytes(read, 0, read.Length);
        Assert.Equal(bytes[90_000..], read);
        Assert.Throws<EndOfStreamException>(() => clone.ReadByte());
    }

    [Fact]
    public void ASliceReadsItsOwnWindowAndNotPastIt()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)i).ToArray();
        File.WriteAllBytes(Path.Combine(_folder, "compound.bin"), bytes);
        using var directory = new MappedDirectory(new DirectoryInfo(_folder), NoLockFactory.GetNoLockFactory());
        using var slicer = directory.CreateSlicer("compound.bin", IOContext.READ);
        using var slice = slicer.OpenSlice("middle", 1000, 16);

        Assert.Equal(16, slice.Length);
        Assert.Equal(BitConverter.ToInt32([bytes[1003], bytes[1002], bytes[1001], bytes[1000]]), slice.ReadInt32());
        slice.Seek(15);
        Assert.Equal(bytes[1015], slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentException>(() => slicer.OpenSlice("beyond", 4000, 200));
    }

    [Fact]
    public void AnIndexOfCompoundFilesKeepsServingAndIsWrittenAgainInSeparateFiles()
    {
        using (var sample = TestIndex.Create(TestIndex.Sample()))
        {
            // The sample index rewritten as one compound segment, as the engine wrote them before stored fields had files of their own.
            using (var lucene = FSDirectory.Open(sample.Directory))
            {
                var commit = new SegmentInfos();
                commit.Read(lucene);
                var userData = new Dictionary<string, string>(commit.UserData);
                var config = new IndexWriterConfig(StatementAnalyzer.Match, StatementFields.CreateAnalyzer())
                {
                    UseCompoundFile = true,
                    MergePolicy = new TieredMergePolicy { NoCFSRatio = 1.0 },
                };
                using var writer = new IndexWriter(lucene, config);
                writer.ForceMerge(1);
                writer.SetCommitData(userData);
                writer.Commit();
            }
            Assert.Contains(System.IO.Directory.GetFiles(sample.Directory), f => f.EndsWith(".cfs", StringComparison.Ordinal));

            using (var index = sample.Open())
            {
                var hit = Assert.Single(index.Search(new SearchRequest { Query = "fracture" }).Hits);
                Assert.Equal("csocd64-digital", hit.Id);
                Assert.Contains(hit.Snippets, s => s.Html.Contains("<mark>", StringComparison.Ordinal));
            }

            sample.Publish(TestIndex.Sample());
            Assert.Contains(System.IO.Directory.GetFiles(sample.Directory), f => f.EndsWith(".fdt", StringComparison.Ordinal));
            using (var index = sample.Open())
            {
                Assert.Single(index.Search(new SearchRequest { Query = "fracture" }).Hits);
            }
        }
    }
}
