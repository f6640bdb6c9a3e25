using Tailor.Domain.Catalog;
using static Tailor.Store.Demo.Catalog.Categories;

namespace Tailor.Store.Demo.Catalog;

/// <summary>What the store sells to women, men and kids, and in what proportion: a women-led fashion store.</summary>
internal static class Assortment
{
    public static readonly IReadOnlyList<CategoryRange> Ranges =
    [
        new(Gender.Women, Dresses, ["Midi Dress", "Maxi Dress", "Mini Dress", "Wrap Dress", "Slip Dress", "Shirt Dress", "Tea Dress", "Shift Dress", "Sundress", "Smock Dress"], SizeSystem.WomenNumeric, 9),
        new(Gender.Women, Jeans, ["Straight Jeans", "Skinny Jeans", "Wide-Leg Jeans", "Mom Jeans", "Bootcut Jeans", "Barrel Jeans", "Flared Jeans"], SizeSystem.WomenNumeric, 4),
        new(Gender.Women, Trousers, ["Wide-Leg Trousers", "Tailored Trousers", "Cigarette Trousers", "Palazzo Trousers", "Cargo Trousers", "Pleated Trousers", "Culottes"], SizeSystem.WomenNumeric, 4),
        new(Gender.Women, TShirts, ["Crew-Neck Tee", "Boxy Tee", "Fitted Tee", "Ribbed Tee", "Longline Tee", "Everyday Tee"], SizeSystem.WomenLetters, 4),
        new(Gender.Women, Shirts, ["Oversized Shirt", "Blouse", "Poplin Shirt", "Tie-Neck Blouse", "Utility Shirt", "Boyfriend Shirt"], SizeSystem.WomenLetters, 4),
        new(Gender.Women, Knitwear, ["Crew-Neck Jumper", "Cardigan", "Roll-Neck Jumper", "Cable-Knit Jumper", "Knitted Vest", "V-Neck Jumper"], SizeSystem.WomenLetters, 4),
        new(Gender.Women, Jackets, ["Denim Jacket", "Biker Jacket", "Blazer", "Bomber Jacket", "Quilted Jacket", "Utility Jacket", "Shacket"], SizeSystem.WomenLetters, 3),
        new(Gender.Women, Coats, ["Wrap Coat", "Trench Coat", "Longline Coat", "Puffer Coat", "Borg Coat", "Pea Coat"], SizeSystem.WomenLetters, 3),
        new(Gender.Women, Skirts, ["Midi Skirt", "Mini Skirt", "Pleated Skirt", "Slip Skirt", "A-Line Skirt", "Pencil Skirt", "Wrap Skirt"], SizeSystem.WomenNumeric, 3),
        new(Gender.Women, Activewear, ["Leggings", "Sports Bra", "Running Top", "Yoga Pants", "Training Shorts", "Zip-Through Track Top"], SizeSystem.WomenLetters, 2.5),
        new(Gender.Women, Swimwear, ["Swimsuit", "Bikini Set", "Tankini", "Bandeau Swimsuit", "Wrap Swimsuit"], SizeSystem.WomenLetters, 2),
        new(Gender.Women, Sneakers, ["Low-Top Trainers", "Platform Trainers", "Running Trainers", "Canvas Trainers", "Retro Trainers"], SizeSystem.WomenShoes, 2.5),
        new(Gender.Women, Boots, ["Chelsea Boots", "Ankle Boots", "Knee-High Boots", "Biker Boots", "Western Boots", "Lace-Up Boots"], SizeSystem.WomenShoes, 2.5),
        new(Gender.Women, Heels, ["Court Shoes", "Block Heels", "Slingback Heels", "Stiletto Heels", "Kitten Heels", "Heeled Mules"], SizeSystem.WomenShoes, 2),
        new(Gender.Women, Sandals, ["Slide Sandals", "Strappy Sandals", "Espadrille Sandals", "Flatform Sandals", "Gladiator Sandals"], SizeSystem.WomenShoes, 2),
        new(Gender.Women, Bags, ["Tote Bag", "Crossbody Bag", "Shoulder Bag", "Clutch Bag", "Bucket Bag", "Backpack", "Mini Bag"], SizeSystem.OneSize, 3),
        new(Gender.Women, Belts, ["Waist Belt", "Skinny Belt", "Chain Belt", "Woven Belt"], SizeSystem.Belts, 1),
        new(Gender.Women, Scarves, ["Silk Scarf", "Blanket Scarf", "Wrap Scarf", "Square Scarf"], SizeSystem.OneSize, 1.5),
        new(Gender.Women, Hats, ["Bucket Hat", "Fedora", "Straw Hat", "Beanie", "Beret", "Baseball Cap"], SizeSystem.OneSize, 1.5),
        new(Gender.Women, Jewellery, ["Hoop Earrings", "Pendant Necklace", "Chain Bracelet", "Stacking Ring", "Stud Earrings", "Charm Necklace"], SizeSystem.OneSize, 3),

        new(Gender.Men, Jeans, ["Slim Jeans", "Straight Jeans", "Tapered Jeans", "Relaxed Jeans", "Carpenter Jeans"], SizeSystem.MenWaist, 4),
        new(Gender.Men, Trousers, ["Chinos", "Tailored Trousers", "Cargo Trousers", "Pleated Trousers", "Joggers"], SizeSystem.MenWaist, 3.5),
        new(Gender.Men, TShirts, ["Crew-Neck T-Shirt", "Pocket Tee", "Heavyweight Tee", "Longline Tee", "Henley Top"], SizeSystem.MenLetters, 4),
        new(Gender.Men, Shirts, ["Oxford Shirt", "Poplin Shirt", "Overshirt", "Flannel Shirt", "Camp-Collar Shirt", "Polo Shirt"], SizeSystem.MenLetters, 4),
        new(Gender.Men, Knitwear, ["Crew-Neck Jumper", "Quarter-Zip Jumper", "Cardigan", "Roll-Neck Jumper", "Cable-Knit Jumper"], SizeSystem.MenLetters, 3),
        new(Gender.Men, Jackets, ["Harrington Jacket", "Denim Jacket", "Bomber Jacket", "Blazer", "Chore Jacket", "Puffer Jacket"], SizeSystem.MenLetters, 3),
        new(Gender.Men, Coats, ["Overcoat", "Trench Coat", "Parka", "Pea Coat", "Puffer Coat", "Car Coat"], SizeSystem.MenLetters, 2.5),
        new(Gender.Men, Activewear, ["Running Shorts", "Training Tee", "Track Joggers", "Track Jacket", "Compression Tights"], SizeSystem.MenLetters, 2),
        new(Gender.Men, Swimwear, ["Swim Shorts", "Board Shorts", "Swim Trunks"], SizeSystem.MenLetters, 1.5, Upper: false),
        new(Gender.Men, Sneakers, ["Low-Top Trainers", "High-Top Trainers", "Running Trainers", "Canvas Trainers", "Court Trainers"], SizeSystem.MenShoes, 2.5),
        new(Gender.Men, Boots, ["Chelsea Boots", "Chukka Boots", "Work Boots", "Hiking Boots", "Derby Boots"], SizeSystem.MenShoes, 2),
        new(Gender.Men, Sandals, ["Slide Sandals", "Leather Sandals", "Sport Sandals"], SizeSystem.MenShoes, 1),
        new(Gender.Men, Bags, ["Messenger Bag", "Backpack", "Weekender Bag", "Tote Bag", "Cross-Body Bag"], SizeSystem.OneSize, 1.5),
        new(Gender.Men, Belts, ["Leather Belt", "Braided Belt", "Reversible Belt", "Canvas Belt"], SizeSystem.Belts, 1),
        new(Gender.Men, Scarves, ["Wool Scarf", "Ribbed Scarf", "Check Scarf"], SizeSystem.OneSize, 0.8),
        new(Gender.Men, Hats, ["Beanie", "Baseball Cap", "Bucket Hat", "Flat Cap"], SizeSystem.OneSize, 1),
        new(Gender.Men, Jewellery, ["Signet Ring", "Chain Necklace", "Cuff Bracelet", "Beaded Bracelet"], SizeSystem.OneSize, 0.8),

        new(Gender.Kids, Dresses, ["Party Dress", "Pinafore Dress", "Sundress", "Smock Dress", "Skater Dress"], SizeSystem.KidsAges, 1.5),
        new(Gender.Kids, Jeans, ["Skinny Jeans", "Pull-On Jeans", "Straight Jeans"], SizeSystem.KidsAges, 1),
        new(Gender.Kids, Trousers, ["Joggers", "Cargo Trousers", "Chinos"], SizeSystem.KidsAges, 1),
        new(Gender.Kids, TShirts, ["Graphic Tee", "Everyday Tee", "Striped Tee"], SizeSystem.KidsAges, 1.5),
        new(Gender.Kids, Shirts, ["Oxford Shirt", "Camp-Collar Shirt"], SizeSystem.KidsAges, 0.6),
        new(Gender.Kids, Knitwear, ["Cardigan", "Jumper", "Fair Isle Jumper"], SizeSystem.KidsAges, 0.8),
        new(Gender.Kids, Jackets, ["Puffer Jacket", "Rain Jacket", "Denim Jacket"], SizeSystem.KidsAges, 0.8),
        new(Gender.Kids, Coats, ["Parka", "Duffle Coat", "Puffer Coat"], SizeSystem.KidsAges, 0.7),
        new(Gender.Kids, Skirts, ["Tutu Skirt", "Pleated Skirt", "Denim Skirt"], SizeSystem.KidsAges, 0.6),
        new(Gender.Kids, Activewear, ["Sports Leggings", "Track Top", "Training Shorts"], SizeSystem.KidsAges, 0.6),
        new(Gender.Kids, Swimwear, ["Swimsuit", "Swim Shorts", "Rash Vest"], SizeSystem.KidsAges, 0.6, Upper: false),
        new(Gender.Kids, Sneakers, ["Touch-Fasten Trainers", "Light-Up Trainers", "Canvas Trainers"], SizeSystem.KidsShoes, 0.8),
        new(Gender.Kids, Boots, ["Wellington Boots", "Snow Boots", "Chelsea Boots"], SizeSystem.KidsShoes, 0.6),
        new(Gender.Kids, Sandals, ["Jelly Sandals", "Sport Sandals"], SizeSystem.KidsShoes, 0.4),
        new(Gender.Kids, Hats, ["Sun Hat", "Bobble Hat", "Bucket Hat"], SizeSystem.OneSize, 0.4),

        new(Gender.Unisex, Bags, ["Canvas Tote", "Rolltop Backpack", "Belt Bag", "Duffle Bag"], SizeSystem.OneSize, 0.8),
        new(Gender.Unisex, Scarves, ["Blanket Scarf", "Lambswool Scarf"], SizeSystem.OneSize, 0.4),
        new(Gender.Unisex, Hats, ["Beanie", "Bucket Hat", "Baseball Cap"], SizeSystem.OneSize, 0.5),
    ];

    public static readonly IReadOnlyList<(CategoryRange Item, double Weight)> Weighted =
        Ranges.Select(r => (r, r.Weight)).ToList();
}
