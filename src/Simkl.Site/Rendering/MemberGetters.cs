using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Simkl.Site.Rendering;

/// <summary>
/// One getter per view-model member (<c>target =&gt; target.Member</c>, the value boxed; bools as two
/// shared boxes, small ints as shared boxes too: a build reads millions of counts, episode numbers
/// and seasons), made once per build and shared by the template accessor
/// (<see cref="ViewModelAccessor"/>) and <see cref="ModelHash"/>. A property of a class is read
/// through a delegate bound to its get method: made by reflection, with no code generated per
/// member. Compiling an expression per member instead made ~750 methods in a sample build (a
/// visible part of its start-up). Fields and members of structs use a compiled expression.
/// </summary>
internal static class MemberGetters
{
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] SmallInts = [.. Enumerable.Range(0, 1024).Select(i => (object)i)];

    private static readonly ConcurrentDictionary<(Type Declaring, int Token), Func<object, object?>> Cache = new();

    private static readonly MethodInfo PropertyGetter =
        typeof(MemberGetters).GetMethod(nameof(Property), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The getter of <paramref name="member"/> (a readable instance property or field), for targets of its declaring type or a subtype.</summary>
    public static Func<object, object?> For(MemberInfo member) =>
        Cache.GetOrAdd((member.DeclaringType!, member.MetadataToken), _ => Make(member));

    private static Func<object, object?> Make(MemberInfo member)
    {
        if (member is PropertyInfo { GetMethod: { IsStatic: false } get } property
            && property.DeclaringType is { IsValueType: false } declaring
            && !property.PropertyType.IsByRefLike && !property.PropertyType.IsPointer && !property.PropertyType.IsByRef)
        {
            return (Func<object, object?>)PropertyGetter.MakeGenericMethod(declaring, property.PropertyType).Invoke(null, [get])!;
        }

        return Compiled(member);
    }

    private static Func<object, object?> Property<TTarget, TValue>(MethodInfo get)
    {
        var typed = get.CreateDelegate<Func<TTarget, TValue>>();
        if (typeof(TValue) == typeof(bool))
        {
            var flag = (Func<TTarget, bool>)(object)typed;
            return target => flag((TTarget)target) ? True : False;
        }

        if (typeof(TValue) == typeof(int))
        {
            var number = (Func<TTarget, int>)(object)typed;
            return target => Box(number((TTarget)target));
        }

        if (typeof(TValue) == typeof(int?))
        {
            var number = (Func<TTarget, int?>)(object)typed;
            return target => number((TTarget)target) is { } value ? Box(value) : null;
        }

        return target => typed((TTarget)target);
    }

    private static object Box(int value) => (uint)value < (uint)SmallInts.Length ? SmallInts[value] : value;

    private static Func<object, object?> Compiled(MemberInfo member)
    {
        var declaring = member.DeclaringType!;
        var target = Expression.Parameter(typeof(object), "target");
        var typed = declaring.IsValueType ? Expression.Unbox(target, declaring) : Expression.Convert(target, declaring);
        Expression value = Expression.MakeMemberAccess(typed, member);
        var type = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
        value = type == typeof(bool)
            ? Expression.Condition(value, Expression.Constant(True, typeof(object)), Expression.Constant(False, typeof(object)))
            : Expression.Convert(value, typeof(object));
        return Expression.Lambda<Func<object, object?>>(value, target).Compile();
    }
}
