using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.IO.Hashing;

namespace Simkl.Site.Rendering;

/// <summary>
/// A content hash of what a template can see: every public property and field of a view model,
/// walked by each value's runtime type (so a subtype's extra members count too), down to strings,
/// numbers, dates and enums. Two models with the same hash render the same page with the same
/// theme; a build keeps each page's hash and re-renders only pages whose hash changed.
/// A model the walk cannot describe (a delegate, a cycle, a member that throws) has no hash:
/// such a page is always rendered.
/// The hash is XXH128: this decides which pages to re-render (and keys cached partials), it is no
/// defence against a crafted collision, and SHA-256 over every page model was a visible share of
/// a build's CPU.
/// </summary>
public static class ModelHash
{
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    // The digests of [HashedOnce] objects, by instance: computed the first time a page's model
    // reaches one, written as those 16 bytes on every later page.
    private static readonly ConditionalWeakTable<object, byte[]> Digests = new();

    /// <summary>Lowercase hex of the XXH128 of <paramref name="values"/>, or null when one cannot be hashed.</summary>
    public static string? Of(params ReadOnlySpan<object?> values)
    {
        var writer = HashWriter.Rent();
        try
        {
            foreach (var value in values)
            {
                writer.Value(value, 0);
            }

            return writer.Finish();
        }
        catch (UnhashableException)
        {
            return null;
        }
        finally
        {
            writer.Return();
        }
    }

    private sealed record Member(string Name, Func<object, object?> Get);

    /// <summary>A type as the hash sees it: its name, hashed once (a page model has thousands of objects), and its members.</summary>
    private sealed record Shape(long NameHash, Member[] Members, bool HashedOnce);

    private sealed class UnhashableException : Exception;

    private sealed class HashWriter
    {
        // Writers are kept per thread and reused: a build hashes some 200,000 models and cards,
        // and a hasher with its buffer for each was 5% of all the bytes a build allocates.
        [ThreadStatic]
        private static Stack<HashWriter>? t_free;

        private readonly XxHash128 _hash = new();
        private readonly byte[] _buffer = new byte[16 * 1024];
        private int _used;

        /// <summary>A writer of this thread's, empty; give it back with <see cref="Return"/>.</summary>
        public static HashWriter Rent() => (t_free ??= new()).TryPop(out var writer) ? writer : new HashWriter();

        public void Return()
        {
            _used = 0;
            _hash.Reset();
            (t_free ??= new()).Push(this);
        }

        public void Value(object? value, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new UnhashableException();
            }

            switch (value)
            {
                case null:
                    Tag(0);
                    return;
                case string s:
                    Tag(1);
                    Text(s);
                    return;
                case bool b:
                    Tag(b ? (byte)2 : (byte)3);
                    return;
                case int i:
                    Tag(4);
                    Int64(i);
                    return;
                case long l:
                    Tag(4);
                    Int64(l);
                    return;
                case Enum e:
                    Tag(5);
                    Int64(Shapes.GetOrAdd(e.GetType(), Describe).NameHash);
                    Int64(Convert.ToInt64(e, CultureInfo.InvariantCulture));
                    return;
                case DateTimeOffset d:
                    Tag(6);
                    Int64(d.UtcTicks);
                    Int64(d.Offset.Ticks);
                    return;
                case DateTime d:
                    Tag(7);
                    Int64(d.Ticks);
                    Int64((long)d.Kind);
                    return;
                case DateOnly d:
                    Tag(8);
                    Int64(d.DayNumber);
                    return;
                case Delegate:
                    throw new UnhashableException();
                case IFormattable f when value.GetType().IsPrimitive || value is decimal or TimeOnly or TimeSpan or Guid:
                    Tag(9);
                    Text(value.GetType().Name);
                    Text(f.ToString(null, CultureInfo.InvariantCulture));
                    return;
                case IDictionary dictionary:
                    Tag(10);
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        Value(entry.Key, depth + 1);
                        Value(entry.Value, depth + 1);
                    }

                    Tag(11);
                    return;
                case IList list:
                    // The same bytes as enumerating it, without an enumerator per list.
                    Tag(12);
                    for (var i = 0; i < list.Count; i++)
                    {
                        Value(list[i], depth + 1);
                    }

                    Tag(13);
                    return;
                case IEnumerable items:
                    Tag(12);
                    foreach (var item in items)
                    {
                        Value(item, depth + 1);
                    }

                    Tag(13);
                    return;
                default:
                    Object(value, depth);
                    return;
            }
        }

        public string Finish()
        {
            Flush();
            Span<byte> digest = stackalloc byte[16];
            _hash.GetHashAndReset(digest);
            return Convert.ToHexStringLower(digest);
        }

        private void Object(object value, int depth)
        {
            var type = value.GetType();
            var shape = Shapes.GetOrAdd(type, Describe);
            if (shape.HashedOnce)
            {
                if (!Digests.TryGetValue(value, out var digest))
                {
                    digest = Digest(value, shape, depth);
                    Digests.AddOrUpdate(value, digest);
                }

                Tag(16);
                Bytes(digest);
                return;
            }

            Members(value, shape, depth);
        }

        private static byte[] Digest(object value, Shape shape, int depth)
        {
            var inner = Rent();
            try
            {
                inner.Members(value, shape, depth);
                inner.Flush();
                var digest = new byte[16];
                inner._hash.GetHashAndReset(digest);
                return digest;
            }
            finally
            {
                inner.Return();
            }
        }

        private void Members(object value, Shape shape, int depth)
        {
            Tag(14);
            Int64(shape.NameHash);
            foreach (var member in shape.Members)
            {
                object? memberValue;
                try
                {
                    memberValue = member.Get(value);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    throw new UnhashableException();
                }

                Value(memberValue, depth + 1);
            }

            Tag(15);
        }

        private void Tag(byte tag)
        {
            Reserve(1);
            _buffer[_used++] = tag;
        }

        private void Int64(long value)
        {
            Reserve(8);
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used), value);
            _used += 8;
        }

        private void Bytes(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        private void Text(string text)
        {
            Int64(text.Length);
            var bytes = MemoryMarshal.AsBytes(text.AsSpan());
            if (bytes.Length > _buffer.Length)
            {
                Flush();
                _hash.Append(bytes);
                return;
            }

            Reserve(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        private void Reserve(int count)
        {
            if (_used + count > _buffer.Length)
            {
                Flush();
            }
        }

        private void Flush()
        {
            _hash.Append(_buffer.AsSpan(0, _used));
            _used = 0;
        }
    }

    // Public instance properties (without indexers) and fields: what Scriban's accessor exposes to
    // a template. Getters shared with the template accessor (MemberGetters), once per type.
    private static Shape Describe(Type type)
    {
        var nameHash = (long)XxHash64.HashToUInt64(MemoryMarshal.AsBytes((type.FullName ?? type.Name).AsSpan()));
        if (type.IsEnum)
        {
            return new Shape(nameHash, [], false);
        }

        var members = new List<Member>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                members.Add(new Member(property.Name, MemberGetters.For(property)));
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            members.Add(new Member(field.Name, MemberGetters.For(field)));
        }

        members.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        return new Shape(nameHash, [.. members], type.IsDefined(typeof(HashedOnceAttribute), inherit: false));
    }
}

/// <summary>
/// A view model type whose instances are immutable once made and shared by many pages (a card
/// shows on its day page, its title page, week and calendar pages): <see cref="ModelHash"/> walks
/// each instance once and reuses its digest on every later page.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class HashedOnceAttribute : Attribute;
