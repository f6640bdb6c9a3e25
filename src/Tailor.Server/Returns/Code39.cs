using System.Globalization;
using System.Text;

namespace Tailor.Server.Returns;

/// <summary>
/// Draws a Code 39 barcode as inline SVG, so the label page needs no image service or script: RMA numbers use only
/// capitals, digits and "-", which Code 39 encodes, and every parcel scanner reads it.
/// </summary>
public static class Code39
{
    // Nine elements per character (bar, space, bar, …), "1" wide and "0" narrow.
    private static readonly Dictionary<char, string> Patterns = new()
    {
        ['0'] = "000110100", ['1'] = "100100001", ['2'] = "001100001", ['3'] = "101100000", ['4'] = "000110001",
        ['5'] = "100110000", ['6'] = "001110000", ['7'] = "000100101", ['8'] = "100100100", ['9'] = "001100100",
        ['A'] = "100001001", ['B'] = "001001001", ['C'] = "101001000", ['D'] = "000011001", ['E'] = "100011000",
        ['F'] = "001011000", ['G'] = "000001101", ['H'] = "100001100", ['I'] = "001001100", ['J'] = "000011100",
        ['K'] = "100000011", ['L'] = "001000011", ['M'] = "101000010", ['N'] = "000010011", ['O'] = "100010010",
        ['P'] = "001010010", ['Q'] = "000000111", ['R'] = "100000110", ['S'] = "001000110", ['T'] = "000010110",
        ['U'] = "110000001", ['V'] = "011000001", ['W'] = "111000000", ['X'] = "010010001", ['Y'] = "110010000",
        ['Z'] = "011010000", ['-'] = "010000101", ['.'] = "110000100", [' '] = "011000100", ['*'] = "010010100",
    };

    private const int Narrow = 2;
    private const int Wide = 5;
    private const int Height = 70;

    public static string Svg(string text)
    {
        var bars = new StringBuilder();
        var x = 0;
        foreach (var c in $"*{text.ToUpperInvariant()}*")
        {
            if (!Patterns.TryGetValue(c, out var pattern)) throw new ArgumentException($"Code 39 cannot encode '{c}'.", nameof(text));
            for (var i = 0; i < pattern.Length; i++)
            {
                var width = pattern[i] == '1' ? Wide : Narrow;
                if (i % 2 == 0) bars.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"0\" width=\"{width}\" height=\"{Height}\"/>");
                x += width;
            }
            x += Narrow; // the gap between characters
        }
        return $"<svg class=\"barcode\" role=\"img\" aria-label=\"Barcode {text}\" viewBox=\"0 0 {x} {Height}\" preserveAspectRatio=\"none\" xmlns=\"http://www.w3.org/2000/svg\">{bars}</svg>";
    }
}
