using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tailor.Store.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OrderCareForAnyStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Options",
                table: "Variants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NumberKey",
                table: "Orders",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Options",
                table: "OrderLines",
                type: "TEXT",
                nullable: true);

            // Orders already stored get the key look-ups compare (OrderNumber.Key): letters and digits, in capitals.
            migrationBuilder.Sql("""
                UPDATE "Orders" SET "NumberKey" = UPPER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("Number", '#', ''), '-', ''), ' ', ''), '_', ''), '/', ''), '.', ''))
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_NumberKey",
                table: "Orders",
                column: "NumberKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_NumberKey",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Options",
                table: "Variants");

            migrationBuilder.DropColumn(
                name: "NumberKey",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Options",
                table: "OrderLines");
        }
    }
}
