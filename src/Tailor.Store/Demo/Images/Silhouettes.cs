namespace Tailor.Store.Demo.Images;

/// <summary>
/// Flat drawings of each kind of product on a 400×500 canvas. Body paths take the product's colour or print;
/// extras use the renderer's classes: "d" stitch and seam lines, "s" soles and dark trims, "ss" straps,
/// "m" metal hardware and "ms" metal wire.
/// </summary>
internal sealed record Silhouette(IReadOnlyList<string> Body, string Extras = "");

internal static class Silhouettes
{
    private static readonly Silhouette Dress = new(
        ["M150 70 L170 58 L186 96 Q200 106 214 96 L230 58 L250 70 L258 150 Q262 176 255 200 L322 438 Q200 468 78 438 L145 200 Q138 176 142 150 Z"],
        """<path class="d" d="M145 200 Q200 214 255 200"/><path class="d" d="M186 96 Q200 106 214 96"/>""");

    private static readonly Silhouette Trousers = new(
        ["M128 50 L272 50 L288 452 L214 456 L200 160 L186 456 L112 452 Z"],
        """<path class="d" d="M128 76 L272 76"/><path class="d" d="M200 76 L200 150"/><path class="d" d="M140 90 Q160 120 178 92"/><path class="d" d="M260 90 Q240 120 222 92"/>""");

    private static readonly Silhouette Leggings = new(
        ["M148 50 L252 50 L264 456 L216 456 L200 175 L184 456 L136 456 Z"],
        """<path class="d" d="M148 82 L252 82"/><path class="d" d="M240 120 L256 440"/>""");

    private static readonly Silhouette Tee = new(
        ["M140 70 Q200 98 260 70 L332 106 L306 172 L276 156 L276 420 L124 420 L124 156 L94 172 L68 106 Z"],
        """<path class="d" d="M168 78 Q200 112 232 78"/><path class="d" d="M124 408 L276 408"/>""");

    private static readonly Silhouette Shirt = new(
        ["M150 70 L200 96 L250 70 L300 90 L346 330 L310 340 L276 176 L276 430 L124 430 L124 176 L90 340 L54 330 L100 90 Z",
         "M168 62 L200 100 L232 62 L216 56 L200 80 L184 56 Z"],
        """<path class="d" d="M200 100 L200 430"/><circle class="s" cx="208" cy="140" r="4"/><circle class="s" cx="208" cy="195" r="4"/><circle class="s" cx="208" cy="250" r="4"/><circle class="s" cx="208" cy="305" r="4"/><circle class="s" cx="208" cy="360" r="4"/><path class="d" d="M150 150 L180 150 L180 185 L150 185 Z"/>""");

    private static readonly Silhouette Knit = new(
        ["M146 74 Q200 102 254 74 L306 96 Q332 210 346 330 L310 342 L276 190 L276 424 L124 424 L124 190 L90 342 L54 330 Q68 210 94 96 Z"],
        """<path class="d" d="M124 404 L276 404"/><path class="d" d="M60 312 L96 322"/><path class="d" d="M340 312 L304 322"/><path class="d" d="M164 80 Q200 114 236 80"/>""");

    private static readonly Silhouette Jacket = new(
        ["M148 68 L200 90 L252 68 L304 88 L346 318 L310 330 L278 176 L280 388 L120 388 L122 176 L90 330 L54 318 L96 88 Z"],
        """<path class="d" d="M200 92 L200 388"/><path class="d" d="M170 72 L196 190 L178 100"/><path class="d" d="M230 72 L204 190 L222 100"/><path class="d" d="M140 300 L180 300"/><path class="d" d="M220 300 L260 300"/>""");

    private static readonly Silhouette Coat = new(
        ["M146 62 L200 86 L254 62 L306 84 L348 330 L312 342 L282 176 L298 466 L102 466 L118 176 L88 342 L52 330 L94 84 Z"],
        """<path class="d" d="M200 88 L200 466"/><path class="d" d="M166 66 L196 200 L176 96"/><path class="d" d="M234 66 L204 200 L224 96"/><rect class="s" x="112" y="250" width="176" height="18" rx="4"/><circle class="s" cx="182" cy="310" r="6"/><circle class="s" cx="218" cy="310" r="6"/>""");

    private static readonly Silhouette Skirt = new(
        ["M140 110 L260 110 L322 412 Q200 434 78 412 Z"],
        """<path class="d" d="M140 134 L260 134"/><path class="d" d="M176 136 L160 414"/><path class="d" d="M224 136 L240 414"/>""");

    private static readonly Silhouette Swimsuit = new(
        ["M150 60 L174 60 Q200 122 226 60 L250 60 L258 190 Q266 262 284 330 Q240 348 216 390 L184 390 Q160 348 116 330 Q134 262 142 190 Z"],
        """<path class="d" d="M144 212 Q200 236 256 212"/><path class="d" d="M174 60 Q200 122 226 60"/>""");

    private static readonly Silhouette Sneaker = new(
        ["M60 332 Q70 272 132 262 L200 250 Q240 230 272 240 Q332 262 346 302 L350 340 L60 346 Z"],
        """<rect class="s" x="54" y="338" width="302" height="30" rx="12"/><path class="d" d="M206 262 L246 250"/><path class="d" d="M214 280 L256 268"/><path class="d" d="M222 298 L266 286"/><path class="d" d="M90 320 Q180 300 280 320"/>""");

    private static readonly Silhouette Boot = new(
        ["M122 100 L212 100 L216 286 Q302 296 332 338 L336 376 L118 384 Z"],
        """<rect class="s" x="112" y="374" width="230" height="26" rx="8"/><rect class="s" x="118" y="396" width="56" height="22"/><path class="d" d="M122 130 L212 130"/><path class="d" d="M196 110 L200 280"/>""");

    private static readonly Silhouette Heel = new(
        ["M66 236 Q74 214 98 226 Q168 286 240 298 Q312 306 342 318 Q364 334 346 354 L112 354 Q80 338 66 236 Z"],
        """<path class="s" d="M66 244 L108 306 L114 444 L98 444 Z"/><path class="d" d="M112 354 L344 354"/><path class="d" d="M98 226 Q150 262 200 284"/>""");

    private static readonly Silhouette Sandal = new(
        ["M70 360 Q60 330 100 326 L320 320 Q350 326 346 350 Q340 372 310 372 L100 376 Q74 376 70 360 Z",
         "M126 328 Q180 244 244 324 L226 326 Q180 268 144 328 Z",
         "M266 324 Q292 278 316 322 L302 322 Q292 298 280 324 Z"],
        """<path class="s" d="M66 368 Q70 392 104 392 L312 388 Q344 386 344 362"/>""");

    private static readonly Silhouette Bag = new(
        ["M100 200 L300 200 L322 420 L78 420 Z"],
        """<path class="ss" d="M150 202 Q150 104 200 104 Q250 104 250 202"/><path class="d" d="M100 250 L300 250"/><rect class="m" x="186" y="240" width="28" height="20" rx="3"/>""");

    private static readonly Silhouette Belt = new(
        ["M40 226 Q200 206 360 226 L360 266 Q200 246 40 266 Z"],
        """<rect class="ms" x="60" y="210" width="52" height="70" rx="8"/><circle class="s" cx="240" cy="238" r="5"/><circle class="s" cx="270" cy="240" r="5"/><circle class="s" cx="300" cy="242" r="5"/><path class="d" d="M120 232 Q200 216 356 232"/>""");

    private static readonly Silhouette Scarf = new(
        ["M150 60 Q200 90 250 60 L262 120 Q230 150 240 300 L250 420 L202 430 L206 300 Q200 170 180 140 L170 440 L120 430 L130 250 Q140 140 150 60 Z"],
        """<path class="d" d="M124 432 L122 462 M136 434 L134 464 M148 436 L146 466 M160 438 L158 468 M208 432 L208 462 M220 430 L221 460 M232 428 L234 458 M244 424 L247 454"/>""");

    private static readonly Silhouette Hat = new(
        ["M30 330 Q200 270 370 330 Q200 390 30 330 Z", "M122 326 Q118 180 200 174 Q282 180 278 326 Q200 346 122 326 Z"],
        """<path class="s" d="M124 290 Q200 308 276 290 L278 312 Q200 330 122 312 Z"/>""");

    private static readonly Silhouette Jewellery = new(
        ["M186 292 Q200 262 214 292 Q230 330 200 350 Q170 330 186 292 Z"],
        """<path class="ms" d="M118 96 Q200 330 282 96"/><circle class="m" cx="200" cy="282" r="6"/>""");

    /// <summary>The drawing for a category slug; anything unknown is drawn as a tee.</summary>
    public static Silhouette For(string category) => category.ToLowerInvariant() switch
    {
        "dresses" => Dress,
        "jeans" or "trousers" => Trousers,
        "activewear" => Leggings,
        "t-shirts" => Tee,
        "shirts" => Shirt,
        "knitwear" => Knit,
        "jackets" => Jacket,
        "coats" => Coat,
        "skirts" => Skirt,
        "swimwear" => Swimsuit,
        "sneakers" => Sneaker,
        "boots" => Boot,
        "heels" => Heel,
        "sandals" => Sandal,
        "bags" => Bag,
        "belts" => Belt,
        "scarves" => Scarf,
        "hats" => Hat,
        "jewellery" or "jewelry" => Jewellery,
        _ => Tee,
    };
}
