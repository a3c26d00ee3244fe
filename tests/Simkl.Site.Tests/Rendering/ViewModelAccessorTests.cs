using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Simkl.Site.Rendering;

namespace Simkl.Site.Tests.Rendering;

/// <summary>
/// Our accessor's getters read exactly what Scriban's reflection accessor reads: the same member
/// names, the same values (bools, numbers, nulls, fields, inherited members), and nothing it hides.
/// </summary>
public sealed class ViewModelAccessorTests
{
    public class Base
    {
        public string Inherited { get; } = "from base";
        public virtual int Overridden => 1;
    }

    public sealed class Model : Base
    {
#pragma warning disable CA1051 // a public field: Scriban reads fields too
        public int Field = 7;
#pragma warning restore CA1051
        public bool Flag { get; init; }
        public bool Other { get; init; } = true;
        public int? Missing { get; init; }
        public long Big { get; init; } = 9_000_000_000;
        public DateOnly Day { get; init; } = new(2026, 12, 1);
        public string? Name { get; init; } = "x";
        public override int Overridden => 2;
        [ScriptMemberIgnore]
        public string Hidden => "no";
        public string WriteOnly { set { } }
        public string this[int i] => "indexed";
        public static string Static => "no";
        public const string Constant = "no";
    }

    public sealed record View(string Title, bool IsTimed, IReadOnlyList<int> Items);

    [Theory]
    [MemberData(nameof(Targets))]
    public void Reads_every_member_Scriban_reads_with_the_same_value(object target)
    {
        var context = new TemplateContext();
        var typed = new TypedObjectAccessor(target.GetType(), null, StandardMemberRenamer.Default);
        var ours = new ViewModelAccessor(typed, target.GetType(), StandardMemberRenamer.Default, context, target);

        var names = typed.GetMembers(context, default, target).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names, ours.GetMembers(context, default, target));
        foreach (var name in names)
        {
            Assert.True(typed.TryGetValue(context, default, target, name, out var expected));
            Assert.True(ours.TryGetValue(context, default, target, name, out var actual), name);
            Assert.Equal(expected, actual);
            Assert.Equal(expected?.GetType(), actual?.GetType());
        }

        foreach (var absent in new[] { "hidden", "static", "constant", "write_only", "no_such_member" })
        {
            Assert.Equal(typed.TryGetValue(context, default, target, absent, out _), ours.TryGetValue(context, default, target, absent, out _));
        }
    }

    public static TheoryData<object> Targets() => new()
    {
        new Model(),
        new Model { Flag = true, Other = false, Missing = 3, Name = null },
        new View("<b>", true, [1, 2]),
    };

    [Fact]
    public void A_template_reads_the_same_through_both()
    {
        var template = Template.Parse("{{ model.flag }} {{ model.other }} {{ model.field }} {{ model.inherited }} {{ model.overridden }} {{ model.missing == null }} {{ model.big }}");
        var model = new Model { Flag = true };
        var plain = new TemplateContext();
        plain.PushGlobal(new ScriptObject { ["model"] = model });
        var expected = template.Render(plain);

        var context = new CompiledContext();
        context.PushGlobal(new ScriptObject { ["model"] = model });

        Assert.Equal("true true 7 from base 2 true 9000000000", expected);
        Assert.Equal(expected, template.Render(context));
    }

    private sealed class CompiledContext : TemplateContext
    {
        protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
            base.GetMemberAccessorImpl(target) is TypedObjectAccessor typed
                ? new ViewModelAccessor(typed, target.GetType(), StandardMemberRenamer.Default, this, target)
                : base.GetMemberAccessorImpl(target);
    }
}
