using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tailor.Store.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddPrivacySafeguards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SignedInUntil",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SignedInUntil",
                table: "Conversations");
        }
    }
}
