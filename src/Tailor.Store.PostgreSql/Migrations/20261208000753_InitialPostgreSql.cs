using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tailor.Store.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalizedname = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrencystamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetroles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    displayname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    username = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalizedusername = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalizedemail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    emailconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    passwordhash = table.Column<string>(type: "text", nullable: true),
                    securitystamp = table.Column<string>(type: "text", nullable: true),
                    concurrencystamp = table.Column<string>(type: "text", nullable: true),
                    phonenumber = table.Column<string>(type: "text", nullable: true),
                    phonenumberconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    twofactorenabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockoutend = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockoutenabled = table.Column<bool>(type: "boolean", nullable: false),
                    accessfailedcount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetusers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "auditlog",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    conversationid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    beforejson = table.Column<string>(type: "text", nullable: true),
                    afterjson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_auditlog", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    customerid = table.Column<int>(type: "integer", nullable: true),
                    signedinuntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    channel = table.Column<string>(type: "text", nullable: false),
                    contextjson = table.Column<string>(type: "text", nullable: false),
                    statejson = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updatedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    externalid = table.Column<string>(type: "text", nullable: false),
                    firstname = table.Column<string>(type: "text", nullable: false),
                    lastname = table.Column<string>(type: "text", nullable: false),
                    email = table.Column<string>(type: "text", nullable: false),
                    phone = table.Column<string>(type: "text", nullable: true),
                    addresses = table.Column<string>(type: "text", nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    emailhash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    consents = table.Column<string>(type: "jsonb", nullable: false),
                    paymentmethods = table.Column<string>(type: "jsonb", nullable: true),
                    preferences = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ordercodes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversationid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ordernumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    codehash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expiresat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    failedtries = table.Column<int>(type: "integer", nullable: false),
                    usedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revokedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ordercodes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payloadjson = table.Column<string>(type: "text", nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    nextattemptat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deliveredat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    abandonedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lasterror = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "policies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    url = table.Column<string>(type: "text", nullable: false),
                    markdown = table.Column<string>(type: "text", nullable: false),
                    updatedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    handle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    brand = table.Column<string>(type: "text", nullable: false),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    categorypath = table.Column<string>(type: "text", nullable: false),
                    gender = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    care = table.Column<string>(type: "text", nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    collections = table.Column<List<string>>(type: "text[]", nullable: false),
                    finalsale = table.Column<bool>(type: "boolean", nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updatedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attributes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "promotions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: false),
                    scope = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    scopevalue = table.Column<string>(type: "text", nullable: true),
                    code = table.Column<string>(type: "text", nullable: true),
                    minimumspend = table.Column<decimal>(type: "numeric", nullable: true),
                    startsat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    endsat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_promotions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "receivedwebhooks",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    deliveryid = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    receivedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receivedwebhooks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "returns",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    rma = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    orderid = table.Column<int>(type: "integer", nullable: false),
                    ordernumber = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    refundmethod = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    refundamount = table.Column<decimal>(type: "numeric", nullable: false),
                    fee = table.Column<decimal>(type: "numeric", nullable: false),
                    pricedifference = table.Column<decimal>(type: "numeric", nullable: false),
                    confirmationid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updatedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_returns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sizecharts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    category = table.Column<string>(type: "text", nullable: false),
                    brand = table.Column<string>(type: "text", nullable: true),
                    gender = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    rows = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sizecharts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stockreservations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sku = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    rma = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stockreservations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "verificationattempts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversationid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ordernumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    clientkey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verificationattempts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    roleid = table.Column<string>(type: "text", nullable: false),
                    claimtype = table.Column<string>(type: "text", nullable: true),
                    claimvalue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetroleclaims", x => x.id);
                    table.ForeignKey(
                        name: "fk_aspnetroleclaims_aspnetroles_roleid",
                        column: x => x.roleid,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    userid = table.Column<string>(type: "text", nullable: false),
                    claimtype = table.Column<string>(type: "text", nullable: true),
                    claimvalue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserclaims", x => x.id);
                    table.ForeignKey(
                        name: "fk_aspnetuserclaims_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    loginprovider = table.Column<string>(type: "text", nullable: false),
                    providerkey = table.Column<string>(type: "text", nullable: false),
                    providerdisplayname = table.Column<string>(type: "text", nullable: true),
                    userid = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserlogins", x => new { x.loginprovider, x.providerkey });
                    table.ForeignKey(
                        name: "fk_aspnetuserlogins_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    userid = table.Column<string>(type: "text", nullable: false),
                    roleid = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserroles", x => new { x.userid, x.roleid });
                    table.ForeignKey(
                        name: "fk_aspnetuserroles_aspnetroles_roleid",
                        column: x => x.roleid,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_aspnetuserroles_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    userid = table.Column<string>(type: "text", nullable: false),
                    loginprovider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetusertokens", x => new { x.userid, x.loginprovider, x.name });
                    table.ForeignKey(
                        name: "fk_aspnetusertokens_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "chatevents",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversationid = table.Column<string>(type: "character varying(40)", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    producthandle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "numeric", nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_chatevents", x => x.id);
                    table.ForeignKey(
                        name: "fk_chatevents_conversations_conversationid",
                        column: x => x.conversationid,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "chatmessages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversationid = table.Column<string>(type: "character varying(40)", nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    partsjson = table.Column<string>(type: "text", nullable: false),
                    clientmessageid = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    replytoid = table.Column<long>(type: "bigint", nullable: true),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_chatmessages", x => x.id);
                    table.ForeignKey(
                        name: "fk_chatmessages_conversations_conversationid",
                        column: x => x.conversationid,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feedback",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversationid = table.Column<string>(type: "character varying(40)", nullable: false),
                    messageid = table.Column<long>(type: "bigint", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    comment = table.Column<string>(type: "text", nullable: true),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_feedback_conversations_conversationid",
                        column: x => x.conversationid,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Handoffs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversationid = table.Column<string>(type: "character varying(40)", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reasondetail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summaryjson = table.Column<string>(type: "text", nullable: false),
                    agentid = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    agentname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    requestedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    firstagentreplyat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    endedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    transfers = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_handoffs", x => x.id);
                    table.ForeignKey(
                        name: "fk_handoffs_conversations_conversationid",
                        column: x => x.conversationid,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportTickets",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversationid = table.Column<string>(type: "character varying(40)", nullable: false),
                    email = table.Column<string>(type: "text", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    outsideopeninghours = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closedby = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    emailhash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supporttickets", x => x.id);
                    table.ForeignKey(
                        name: "fk_supporttickets_conversations_conversationid",
                        column: x => x.conversationid,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "turns",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversationid = table.Column<string>(type: "character varying(40)", nullable: false),
                    messageid = table.Column<long>(type: "bigint", nullable: false),
                    maskedtext = table.Column<string>(type: "text", nullable: false),
                    intent = table.Column<string>(type: "text", nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    entitiesjson = table.Column<string>(type: "text", nullable: false),
                    command = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    cataloghadmatches = table.Column<bool>(type: "boolean", nullable: true),
                    sentiment = table.Column<double>(type: "double precision", nullable: false),
                    stagetimingsjson = table.Column<string>(type: "text", nullable: false),
                    totalmilliseconds = table.Column<double>(type: "double precision", nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_turns", x => x.id);
                    table.ForeignKey(
                        name: "fk_turns_conversations_conversationid",
                        column: x => x.conversationid,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    numberkey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customerid = table.Column<int>(type: "integer", nullable: true),
                    email = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    currency = table.Column<string>(type: "text", nullable: false),
                    subtotal = table.Column<decimal>(type: "numeric", nullable: false),
                    discount = table.Column<decimal>(type: "numeric", nullable: false),
                    shippingcost = table.Column<decimal>(type: "numeric", nullable: false),
                    total = table.Column<decimal>(type: "numeric", nullable: false),
                    promotioncode = table.Column<string>(type: "text", nullable: true),
                    shippingaddress = table.Column<string>(type: "text", nullable: false),
                    placedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updatedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    shippedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deliveredat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelledat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancellationreason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    emailhash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    payment = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_orders_customers_customerid",
                        column: x => x.customerid,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "productimages",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    productid = table.Column<int>(type: "integer", nullable: false),
                    url = table.Column<string>(type: "text", nullable: false),
                    alt = table.Column<string>(type: "text", nullable: false),
                    color = table.Column<string>(type: "text", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_productimages", x => x.id);
                    table.ForeignKey(
                        name: "fk_productimages_products_productid",
                        column: x => x.productid,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    productid = table.Column<int>(type: "integer", nullable: false),
                    rating = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    fit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reviewersize = table.Column<string>(type: "text", nullable: true),
                    reviewerheightcm = table.Column<int>(type: "integer", nullable: true),
                    authorname = table.Column<string>(type: "text", nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_reviews_products_productid",
                        column: x => x.productid,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "variants",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    productid = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<string>(type: "text", nullable: false),
                    color = table.Column<string>(type: "text", nullable: false),
                    colorfamily = table.Column<string>(type: "text", nullable: false),
                    price = table.Column<decimal>(type: "numeric", nullable: false),
                    compareatprice = table.Column<decimal>(type: "numeric", nullable: true),
                    stock = table.Column<int>(type: "integer", nullable: false),
                    options = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_variants", x => x.id);
                    table.ForeignKey(
                        name: "fk_variants_products_productid",
                        column: x => x.productid,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgentNotes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversationid = table.Column<string>(type: "text", nullable: false),
                    handoffid = table.Column<long>(type: "bigint", nullable: false),
                    agentid = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    agentname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agentnotes", x => x.id);
                    table.ForeignKey(
                        name: "fk_agentnotes_handoffs_handoffid",
                        column: x => x.handoffid,
                        principalTable: "Handoffs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "turnreviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    turnid = table.Column<long>(type: "bigint", nullable: true),
                    decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    maskedtext = table.Column<string>(type: "text", nullable: false),
                    intent = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entitiesjson = table.Column<string>(type: "text", nullable: false),
                    detail = table.Column<string>(type: "text", nullable: false),
                    reviewedby = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    reviewedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_turnreviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_turnreviews_turns_turnid",
                        column: x => x.turnid,
                        principalTable: "turns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "orderactions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    conversationid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    orderid = table.Column<int>(type: "integer", nullable: true),
                    ordernumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    customerid = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    detailsjson = table.Column<string>(type: "text", nullable: false),
                    result = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    createdat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decidedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orderactions", x => x.id);
                    table.ForeignKey(
                        name: "fk_orderactions_customers_customerid",
                        column: x => x.customerid,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_orderactions_orders_orderid",
                        column: x => x.orderid,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orderlines",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    orderid = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "text", nullable: false),
                    producthandle = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    size = table.Column<string>(type: "text", nullable: false),
                    color = table.Column<string>(type: "text", nullable: false),
                    category = table.Column<string>(type: "text", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unitprice = table.Column<decimal>(type: "numeric", nullable: false),
                    discount = table.Column<decimal>(type: "numeric", nullable: false),
                    returnedquantity = table.Column<int>(type: "integer", nullable: false),
                    options = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orderlines", x => x.id);
                    table.ForeignKey(
                        name: "fk_orderlines_orders_orderid",
                        column: x => x.orderid,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shipments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    orderid = table.Column<int>(type: "integer", nullable: false),
                    carrier = table.Column<string>(type: "text", nullable: false),
                    trackingnumber = table.Column<string>(type: "text", nullable: false),
                    trackingurl = table.Column<string>(type: "text", nullable: true),
                    shippedat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    estimateddelivery = table.Column<DateOnly>(type: "date", nullable: true),
                    deliveredat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    events = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipments", x => x.id);
                    table.ForeignKey(
                        name: "fk_shipments_orders_orderid",
                        column: x => x.orderid,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agentnotes_conversationid_id",
                table: "AgentNotes",
                columns: new[] { "conversationid", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agentnotes_handoffid",
                table: "AgentNotes",
                column: "handoffid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetroleclaims_roleid",
                table: "AspNetRoleClaims",
                column: "roleid");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "normalizedname",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserclaims_userid",
                table: "AspNetUserClaims",
                column: "userid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserlogins_userid",
                table: "AspNetUserLogins",
                column: "userid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserroles_roleid",
                table: "AspNetUserRoles",
                column: "roleid");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "normalizedemail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "normalizedusername",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_auditlog_at",
                table: "auditlog",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_auditlog_subject_at",
                table: "auditlog",
                columns: new[] { "subject", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_chatevents_conversationid",
                table: "chatevents",
                column: "conversationid");

            migrationBuilder.CreateIndex(
                name: "ix_chatevents_createdat",
                table: "chatevents",
                column: "createdat");

            migrationBuilder.CreateIndex(
                name: "ix_chatmessages_conversationid_clientmessageid",
                table: "chatmessages",
                columns: new[] { "conversationid", "clientmessageid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_chatmessages_conversationid_id",
                table: "chatmessages",
                columns: new[] { "conversationid", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_updatedat",
                table: "conversations",
                column: "updatedat");

            migrationBuilder.CreateIndex(
                name: "ix_customers_emailhash",
                table: "customers",
                column: "emailhash");

            migrationBuilder.CreateIndex(
                name: "ix_customers_externalid",
                table: "customers",
                column: "externalid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedback_conversationid_messageid_kind",
                table: "feedback",
                columns: new[] { "conversationid", "messageid", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedback_createdat",
                table: "feedback",
                column: "createdat");

            migrationBuilder.CreateIndex(
                name: "ix_handoffs_conversationid_status",
                table: "Handoffs",
                columns: new[] { "conversationid", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_handoffs_requestedat",
                table: "Handoffs",
                column: "requestedat");

            migrationBuilder.CreateIndex(
                name: "ix_handoffs_status_id",
                table: "Handoffs",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_orderactions_customerid",
                table: "orderactions",
                column: "customerid");

            migrationBuilder.CreateIndex(
                name: "ix_orderactions_orderid_status",
                table: "orderactions",
                columns: new[] { "orderid", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_orderactions_reference",
                table: "orderactions",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ordercodes_conversationid_ordernumber",
                table: "ordercodes",
                columns: new[] { "conversationid", "ordernumber" });

            migrationBuilder.CreateIndex(
                name: "ix_ordercodes_ordernumber_createdat",
                table: "ordercodes",
                columns: new[] { "ordernumber", "createdat" });

            migrationBuilder.CreateIndex(
                name: "ix_orderlines_orderid",
                table: "orderlines",
                column: "orderid");

            migrationBuilder.CreateIndex(
                name: "ix_orderlines_sku",
                table: "orderlines",
                column: "sku");

            migrationBuilder.CreateIndex(
                name: "ix_orders_customerid_placedat",
                table: "orders",
                columns: new[] { "customerid", "placedat" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_emailhash",
                table: "orders",
                column: "emailhash");

            migrationBuilder.CreateIndex(
                name: "ix_orders_number",
                table: "orders",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_numberkey",
                table: "orders",
                column: "numberkey");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveredat_abandonedat_nextattemptat",
                table: "outbox",
                columns: new[] { "deliveredat", "abandonedat", "nextattemptat" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_eventid",
                table: "outbox",
                column: "eventid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_policies_slug",
                table: "policies",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_productimages_productid",
                table: "productimages",
                column: "productid");

            migrationBuilder.CreateIndex(
                name: "ix_products_category",
                table: "products",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "ix_products_handle",
                table: "products",
                column: "handle",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_promotions_code",
                table: "promotions",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_promotions_startsat_endsat",
                table: "promotions",
                columns: new[] { "startsat", "endsat" });

            migrationBuilder.CreateIndex(
                name: "ix_receivedwebhooks_deliveryid",
                table: "receivedwebhooks",
                column: "deliveryid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_returns_orderid",
                table: "returns",
                column: "orderid");

            migrationBuilder.CreateIndex(
                name: "ix_returns_orderid_confirmationid",
                table: "returns",
                columns: new[] { "orderid", "confirmationid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_returns_rma",
                table: "returns",
                column: "rma",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_returns_status",
                table: "returns",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_productid",
                table: "reviews",
                column: "productid");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_orderid",
                table: "shipments",
                column: "orderid");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_trackingnumber",
                table: "shipments",
                column: "trackingnumber");

            migrationBuilder.CreateIndex(
                name: "ix_sizecharts_category_brand",
                table: "sizecharts",
                columns: new[] { "category", "brand" });

            migrationBuilder.CreateIndex(
                name: "ix_stockreservations_rma",
                table: "stockreservations",
                column: "rma");

            migrationBuilder.CreateIndex(
                name: "ix_stockreservations_sku_status",
                table: "stockreservations",
                columns: new[] { "sku", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_supporttickets_conversationid",
                table: "SupportTickets",
                column: "conversationid");

            migrationBuilder.CreateIndex(
                name: "ix_supporttickets_emailhash",
                table: "SupportTickets",
                column: "emailhash");

            migrationBuilder.CreateIndex(
                name: "ix_supporttickets_status_id",
                table: "SupportTickets",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_turnreviews_decision_reviewedat",
                table: "turnreviews",
                columns: new[] { "decision", "reviewedat" });

            migrationBuilder.CreateIndex(
                name: "ix_turnreviews_turnid",
                table: "turnreviews",
                column: "turnid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_turns_conversationid",
                table: "turns",
                column: "conversationid");

            migrationBuilder.CreateIndex(
                name: "ix_turns_createdat",
                table: "turns",
                column: "createdat");

            migrationBuilder.CreateIndex(
                name: "ix_turns_outcome_confidence",
                table: "turns",
                columns: new[] { "outcome", "confidence" });

            migrationBuilder.CreateIndex(
                name: "ix_variants_colorfamily",
                table: "variants",
                column: "colorfamily");

            migrationBuilder.CreateIndex(
                name: "ix_variants_productid_price",
                table: "variants",
                columns: new[] { "productid", "price" });

            migrationBuilder.CreateIndex(
                name: "ix_variants_sku",
                table: "variants",
                column: "sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_verificationattempts_clientkey_at",
                table: "verificationattempts",
                columns: new[] { "clientkey", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_verificationattempts_conversationid_at",
                table: "verificationattempts",
                columns: new[] { "conversationid", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_verificationattempts_ordernumber_at",
                table: "verificationattempts",
                columns: new[] { "ordernumber", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgentNotes");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "auditlog");

            migrationBuilder.DropTable(
                name: "chatevents");

            migrationBuilder.DropTable(
                name: "chatmessages");

            migrationBuilder.DropTable(
                name: "feedback");

            migrationBuilder.DropTable(
                name: "orderactions");

            migrationBuilder.DropTable(
                name: "ordercodes");

            migrationBuilder.DropTable(
                name: "orderlines");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "policies");

            migrationBuilder.DropTable(
                name: "productimages");

            migrationBuilder.DropTable(
                name: "promotions");

            migrationBuilder.DropTable(
                name: "receivedwebhooks");

            migrationBuilder.DropTable(
                name: "returns");

            migrationBuilder.DropTable(
                name: "reviews");

            migrationBuilder.DropTable(
                name: "shipments");

            migrationBuilder.DropTable(
                name: "sizecharts");

            migrationBuilder.DropTable(
                name: "stockreservations");

            migrationBuilder.DropTable(
                name: "SupportTickets");

            migrationBuilder.DropTable(
                name: "turnreviews");

            migrationBuilder.DropTable(
                name: "variants");

            migrationBuilder.DropTable(
                name: "verificationattempts");

            migrationBuilder.DropTable(
                name: "Handoffs");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "turns");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "conversations");
        }
    }
}
