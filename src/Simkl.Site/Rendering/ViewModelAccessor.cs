using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Simkl.Site.Rendering;

/// <summary>
/// Scriban's member access for our own view models with typed getters. Scriban reads a member
/// through reflection (<c>PropertyInfo.GetValue</c>), boxing every bool and number it returns; a
/// production build reads tens of millions of members, and that reflection and boxing were a
/// visible share of its CPU and allocations. The members are exactly those of Scriban's
/// <see cref="TypedObjectAccessor"/> (same names, same filter), which answers everything but reads.
/// A member's getter (<see cref="MemberGetters"/>) is looked up the first time the member is read;
/// the accessor is built once per type and shared by every render thread.
/// </summary>
internal sealed class ViewModelAccessor : IObjectAccessor
{
    private readonly TypedObjectAccessor _inner;
    private readonly Dictionary<string, Slot> _members;

    private sealed class Slot(MemberInfo member)
    {
        private Func<object, object?>? _getter;

        // Looked up once; two threads asking at once both get the same shared getter.
        public Func<object, object?> Getter => _getter ??= MemberGetters.For(member);

        // Scriban calls a value that is a function; a member whose declared type is a value type
        // or a sealed class other than a function cannot hold one, so its reads skip that check.
        public bool MayHoldFunction { get; } = member switch
        {
            PropertyInfo p => MayBeFunction(p.PropertyType),
            FieldInfo f => MayBeFunction(f.FieldType),
            _ => true,
        };

        private static bool MayBeFunction(Type declared) =>
            !(declared.IsValueType || declared.IsSealed) || typeof(IScriptCustomFunction).IsAssignableFrom(declared);
    }

    public ViewModelAccessor(TypedObjectAccessor inner, Type type, MemberRenamerDelegate renamer, TemplateContext context, object target)
    {
        _inner = inner;
        _members = new Dictionary<string, Slot>(StringComparer.Ordinal);
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly;
            foreach (var member in t.GetFields(Declared).Cast<MemberInfo>().Concat(t.GetProperties(Declared).Where(p => p.GetIndexParameters().Length == 0)))
            {
                var name = renamer(member) is { Length: > 0 } renamed ? renamed : member.Name;

                // Scriban's own list decides what is a member (ignore attributes, filters, first wins).
                if (Readable(member) && !_members.ContainsKey(name) && inner.HasMember(context, default, target, name))
                {
                    _members.Add(name, new Slot(member));
                }
            }
        }
    }

    private static bool Readable(MemberInfo member) => member switch
    {
        PropertyInfo p => p.GetMethod is { IsPublic: true, IsStatic: false },
        FieldInfo f => !f.IsStatic && !f.IsLiteral,
        _ => false,
    };

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (TryGetGetter(member, out var getter, out _))
        {
            value = getter(target);
            return true;
        }

        return _inner.TryGetValue(context, span, target, member, out value);
    }

    /// <summary>
    /// The getter of <paramref name="member"/>, when it is one of the view model's own members, and
    /// whether what it returns can be a function (then Scriban would call it, not show it).
    /// </summary>
    public bool TryGetGetter(string member, out Func<object, object?> getter, out bool mayHoldFunction)
    {
        if (_members.TryGetValue(member, out var slot))
        {
            getter = slot.Getter;
            mayHoldFunction = slot.MayHoldFunction;
            return true;
        }

        getter = null!;
        mayHoldFunction = true;
        return false;
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _inner.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _inner.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _inner.HasMember(context, span, target, member);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => _inner.TrySetValue(context, span, target, member, value);

    public bool HasIndexer => _inner.HasIndexer;

    public Type? IndexType => _inner.IndexType;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) => _inner.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => _inner.TrySetItem(context, span, target, index, value);
}
