using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Simkl.Site.Rendering;

/// <summary>
/// A member read (<c>model.name</c>) that remembers, on its template node, the getters it used for
/// the view-model types it has read from, so the next read of such a type skips Scriban's accessor
/// lookup (per context, by type) and the accessor's own lookup (by member name): a production build
/// reads tens of millions of members, and those two dictionary lookups were a visible share of the
/// template time (docs/benchmarks.md, session 9). Everything else — the target's evaluation, a null
/// target, objects that are not our view models, missing members and their errors — is Scriban's
/// own <see cref="ScriptMemberExpression.GetValue"/>, written out below with the same messages.
/// <see cref="TemplateSet"/> puts one in place of every member read of a parsed template.
/// </summary>
internal sealed class CachedMemberRead : ScriptMemberExpression
{
    // A node read from more types than this (a partial shared by many kinds of model) reads the
    // others Scriban's way instead of growing its list.
    private const int MaxTypes = 4;

    // A read of a view-model type: its getter, and whether the value can be a function (which
    // Scriban would call). The types are our view models, never functions themselves.
    private sealed record Hit(Type Type, Func<object, object?> Getter, bool MayHoldFunction);

    // Parsed templates are shared by the render threads: the list is never changed, only replaced
    // whole by a longer one, so a reader sees either list complete.
    private Hit[] _hits = [];

    /// <summary>
    /// The value, read without Scriban's <see cref="TemplateContext.GetValue(ScriptExpression)"/>
    /// around it, which for every read checks the node against an interface and the value against
    /// another (is it a function to call?): in a day page's rows those two checks were 5% of the
    /// template time (docs/benchmarks.md, "Session 11 changes"). A value that may be a function
    /// goes Scriban's whole way, which calls it.
    /// </summary>
    public override object? Evaluate(TemplateContext context)
    {
        var member = Member;
        var target = Target;
        if (member is null || target is null)
        {
            return context.GetValue(this);
        }

        var value = ValueOf(context, target, member, out var mayHoldFunction);
        return mayHoldFunction && ScriptFunctionCall.IsFunction(value) ? context.GetValue(this) : value;
    }

    public override object? GetValue(TemplateContext context)
    {
        var member = Member ?? throw new ScriptRuntimeException(Span, "Invalid member expression. Member is required.");
        var target = Target ?? throw new ScriptRuntimeException(Span, "Invalid member expression. Target and member are required.");
        return ValueOf(context, target, member, out _);
    }

    private object? ValueOf(TemplateContext context, ScriptExpression target, ScriptVariable member, out bool mayHoldFunction)
    {
        var targetObject = Read(context, target);
        if (targetObject is null)
        {
            mayHoldFunction = false;
            return NullTarget(context, target, member);
        }

        var type = targetObject.GetType();
        if (HitFor(type) is { } hit)
        {
            mayHoldFunction = hit.MayHoldFunction;
            return Get(hit.Getter, targetObject);
        }

        mayHoldFunction = true;
        var accessor = context.GetMemberAccessor(targetObject);
        if (accessor is ViewModelAccessor model && model.TryGetGetter(member.Name, out var getter, out var mayHold) && !ScriptFunctionCall.IsFunction(targetObject))
        {
            var hits = _hits;
            if (hits.Length < MaxTypes)
            {
                _hits = [.. hits, new Hit(type, getter, mayHold)];
            }

            mayHoldFunction = mayHold;
            return Get(getter, targetObject);
        }

        if (!accessor.TryGetValue(context, member.Span, targetObject, member.Name, out var value))
        {
            var found = context.TryGetMember?.Invoke(context, member.Span, targetObject, member.Name, out value);
            if (!context.EnableRelaxedMemberAccess && found != true)
            {
                throw new ScriptRuntimeException(member.Span, $"Cannot get member with name {member.Name}.");
            }
        }

        return value;
    }

    // A getter that throws fails the page with the message Scriban gives for it.
    private object? Get(Func<object, object?> getter, object target)
    {
        try
        {
            return getter(target);
        }
        catch (Exception e) when (e is not ScriptRuntimeException)
        {
            throw new ScriptRuntimeException(Span, $"Unexpected exception while accessing target expression: {e.Message}", e);
        }
    }

    // The target, as Scriban's GetValue reads it. A variable (model, page, site, a loop item: the
    // root of most reads) or another member read is read directly, without Scriban's bookkeeping
    // around an expression; a value that is a function is read Scriban's way, which calls it. A
    // view model this node has read from is known not to be one.
    private object? Read(TemplateContext context, ScriptExpression target)
    {
        object? value;
        if (target is ScriptVariable variable)
        {
            value = variable.GetValue(context);
        }
        else if (target is CachedMemberRead read && read.Member is { } member && read.Target is { } inner)
        {
            value = read.ValueOf(context, inner, member, out var mayHoldFunction);
            if (!mayHoldFunction)
            {
                return value;
            }
        }
        else
        {
            return context.GetValue(target);
        }

        if (value is null)
        {
            return null;
        }

        return HitFor(value.GetType()) is null && ScriptFunctionCall.IsFunction(value) ? context.GetValue(target) : value;
    }

    // What this node remembers of reads from objects of this type, if it has read from one.
    private Hit? HitFor(Type type)
    {
        foreach (var hit in _hits)
        {
            if (hit.Type == type)
            {
                return hit;
            }
        }

        return null;
    }

    private object? NullTarget(TemplateContext context, ScriptExpression target, ScriptVariable member)
    {
        var optional = DotToken.TokenType == TokenType.QuestionDot;
        if (!context.EnableRelaxedMemberAccess && !optional)
        {
            throw new ScriptRuntimeException(member.Span, $"Object `{target}` is null. Cannot access member: {this}");
        }

        if (context.EnableRelaxedTargetAccess || optional)
        {
            return null;
        }

        throw new ScriptRuntimeException(member.Span, $"Cannot get the member {this} for a null object.");
    }

    /// <summary>Puts a <see cref="CachedMemberRead"/> in place of every member read under <paramref name="root"/>.</summary>
    public static void ReplaceIn(ScriptNode root) => Visit(root, new HashSet<ScriptNode>(ReferenceEqualityComparer.Instance));

    // Scriban's nodes hold their children in properties and ScriptList<T>s; any slot whose setter
    // takes the new node gets it, and a read in a slot that does not stays Scriban's own.
    private static void Visit(ScriptNode node, HashSet<ScriptNode> seen)
    {
        if (!seen.Add(node))
        {
            return;
        }

        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name == nameof(ScriptNode.Parent) || property.GetIndexParameters().Length > 0 || !typeof(ScriptNode).IsAssignableFrom(property.PropertyType))
            {
                continue;
            }

            switch (property.GetValue(node))
            {
                case ScriptList list:
                    VisitListOf.MakeGenericMethod(list.GetType().GetGenericArguments()[0]).Invoke(null, [list, seen]);
                    break;
                case ScriptMemberExpression read when Replaceable(read, property.PropertyType) && property.SetMethod is { IsPublic: true }:
                    var cached = From(read);
                    property.SetValue(node, cached);
                    Visit(cached, seen);
                    break;
                case ScriptNode child:
                    Visit(child, seen);
                    break;
            }
        }
    }

    private static readonly MethodInfo VisitListOf = typeof(CachedMemberRead).GetMethod(nameof(VisitList), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void VisitList<T>(ScriptList<T> items, HashSet<ScriptNode> seen)
        where T : ScriptNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            ScriptNode child = items[i];
            if (child is ScriptMemberExpression read && Replaceable(read, typeof(T)))
            {
                items.RemoveAt(i);
                child = From(read);
                items.Insert(i, (T)child);
            }

            Visit(child, seen);
        }
    }

    private static bool Replaceable(ScriptMemberExpression read, Type slot) =>
        read.GetType() == typeof(ScriptMemberExpression) && slot.IsAssignableFrom(typeof(CachedMemberRead));

    // The read's parts move to the new node (a node has one parent); the old one is left empty.
    private static CachedMemberRead From(ScriptMemberExpression read)
    {
        var target = read.Target;
        var member = read.Member;
        var dot = read.DotToken;
        read.Target = null;
        read.Member = null;
        read.DotToken = ScriptToken.Dot();
        return new CachedMemberRead { Span = read.Span, Target = target, Member = member, DotToken = dot };
    }
}
