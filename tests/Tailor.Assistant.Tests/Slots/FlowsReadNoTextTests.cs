using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Guard;
using Tailor.Assistant.Understanding.Slots;

namespace Tailor.Assistant.Tests.Slots;

/// <summary>
/// Flows decide, understanding reads: no code in the Orders and Dialogue namespaces may look at what the shopper typed.
/// Checked on the compiled assembly, so a helper, lambda or async step cannot hide it.
/// </summary>
public sealed class FlowsReadNoTextTests
{
    private static readonly string[] FlowNamespaces = ["Tailor.Assistant.Orders", "Tailor.Assistant.Dialogue"];

    // Not a flow: the composition root loads the word lists.
    private static readonly string[] NotFlows = ["Tailor.Assistant.Orders.OrderCareRegistration"];

    // What parses a message: regular expressions, the guard's finders and the slot readers themselves.
    private static readonly Type[] Parsers =
    [
        typeof(Regex), typeof(PiiMasker), typeof(OneTimeCodeFinder), typeof(SlotReader), typeof(OrderWords), typeof(AddressReader), typeof(LineMatcher),
    ];

    [Fact]
    public void A_turn_offers_flows_no_text_of_the_message()
    {
        var strings = typeof(Turn).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.Name).Order();

        Assert.Equal([nameof(Turn.Command), nameof(Turn.ConversationId), nameof(Turn.SensitiveTopic)], strings);
        Assert.Empty(typeof(Turn).GetFields(BindingFlags.Public | BindingFlags.Instance));
    }

    [Fact]
    public void No_flow_calls_a_parser_of_the_shoppers_text()
    {
        var calls = typeof(Turn).Assembly.GetTypes()
            .Where(t => FlowNamespaces.Any(n => t.Namespace == n) && !NotFlows.Any(n => t.FullName!.StartsWith(n, StringComparison.Ordinal)))
            .SelectMany(t => t.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Cast<MethodBase>().Concat(t.GetConstructors(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
                .SelectMany(m => Called(m).Where(c => Parsers.Contains(c.DeclaringType)).Select(c => $"{t.FullName}.{m.Name} calls {c.DeclaringType!.Name}.{c.Name}")))
            .Distinct().ToList();

        Assert.True(calls.Count == 0, string.Join("\n", calls));
    }

    [Fact]
    public void The_call_scan_sees_a_regex_call_where_there_is_one()
    {
        // The scanner itself must find what it looks for, or the test above could never fail.
        var called = Called(typeof(FlowsReadNoTextTests).GetMethod(nameof(UsesRegex), BindingFlags.NonPublic | BindingFlags.Static)!);

        Assert.Contains(called, c => c.DeclaringType == typeof(Regex));
    }

    private static bool UsesRegex(string text) => Regex.IsMatch(text, "x");

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    // Walks the method's IL and resolves every call, callvirt, newobj and ldftn target.
    private static IEnumerable<MethodBase> Called(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArgs = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            var size = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
            if (code.OperandType == OperandType.InlineMethod)
            {
                MethodBase? target = null;
                try { target = method.Module.ResolveMethod(BitConverter.ToInt32(il, i), typeArgs, methodArgs); }
                catch (ArgumentException) { }
                if (target is not null) yield return target;
            }
            i += size;
        }
    }
}
