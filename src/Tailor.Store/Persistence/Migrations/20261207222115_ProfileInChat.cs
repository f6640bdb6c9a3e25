using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tailor.Store.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProfileInChat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
