using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tailor.Store.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReviewAndRetraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TurnReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TurnId = table.Column<long>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MaskedText = table.Column<string>(type: "TEXT", nullable: false),
                    Intent = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntitiesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TurnReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TurnReviews_Turns_TurnId",
                        column: x => x.TurnId,
                        principalTable: "Turns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TurnReviews_Decision_ReviewedAt",
                table: "TurnReviews",
                columns: new[] { "Decision", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TurnReviews_TurnId",
                table: "TurnReviews",
                column: "TurnId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TurnReviews");
        }
    }
}
