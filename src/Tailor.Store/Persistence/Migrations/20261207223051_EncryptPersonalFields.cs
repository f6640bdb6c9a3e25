using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tailor.Store.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EncryptPersonalFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Customers_Email",
                table: "Customers");

            migrationBuilder.AddColumn<string>(
                name: "EmailHash",
                table: "SupportTickets",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailHash",
                table: "Orders",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Addresses",
                table: "Customers",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailHash",
                table: "Customers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportTickets_EmailHash",
                table: "SupportTickets",
                column: "EmailHash");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_EmailHash",
                table: "Orders",
                column: "EmailHash");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_EmailHash",
                table: "Customers",
                column: "EmailHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupportTickets_EmailHash",
                table: "SupportTickets");

            migrationBuilder.DropIndex(
                name: "IX_Orders_EmailHash",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Customers_EmailHash",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "EmailHash",
                table: "SupportTickets");

            migrationBuilder.DropColumn(
                name: "EmailHash",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "EmailHash",
                table: "Customers");

            migrationBuilder.AlterColumn<string>(
                name: "Addresses",
                table: "Customers",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Email",
                table: "Customers",
                column: "Email");
        }
    }
}
