using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tailor.Store.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddOrderCodesAndClientKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientKey",
                table: "VerificationAttempts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrderCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FailedTries = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderCodes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationAttempts_ClientKey_At",
                table: "VerificationAttempts",
                columns: new[] { "ClientKey", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderCodes_ConversationId_OrderNumber",
                table: "OrderCodes",
                columns: new[] { "ConversationId", "OrderNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderCodes_OrderNumber_CreatedAt",
                table: "OrderCodes",
                columns: new[] { "OrderNumber", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrderCodes");

            migrationBuilder.DropIndex(
                name: "IX_VerificationAttempts_ClientKey_At",
                table: "VerificationAttempts");

            migrationBuilder.DropColumn(
                name: "ClientKey",
                table: "VerificationAttempts");
        }
    }
}
