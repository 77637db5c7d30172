package main

import (
	"crypto/sha256"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommittedLegacyTableIsGenerated keeps legacy_operations.tsv what the
// generator makes of the legacy spec in the module cache and the committed
// current table.
func TestCommittedLegacyTableIsGenerated(t *testing.T) {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOMODCACHE: %v", err)
	}
	// The module path has no upper-case letters, so its cache directory is
	// its path unescaped.
	file := filepath.Join(strings.TrimSpace(string(out)), filepath.FromSlash(legacyModule), filepath.FromSlash(legacySpecFile))
	spec, err := os.ReadFile(file)
	if err != nil {
		t.Skipf("legacy spec not in the module cache (%v); get it with: go mod download %s", err, legacyModule)
	}
	current, err := os.ReadFile("../../operations.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tgzFile, err := rcexCacheFile()
	if err != nil {
		t.Skip(err)
	}
	tgz, err := os.ReadFile(tgzFile)
	if err != nil {
		t.Skipf("%s not in the user cache (%v); go generate ./permissions fetches it with npm pack", rcexPackage, err)
	}
	rcex, err := readRCEx(tgz)
	if err != nil {
		t.Fatal(err)
	}
	swFile := filepath.Join(strings.TrimSpace(string(out)), filepath.FromSlash(swaggerModule), filepath.FromSlash(swaggerFile))
	doc, err := os.ReadFile(swFile)
	if err != nil {
		t.Skipf("swagger not in the module cache (%v); get it with: go mod download %s", err, swaggerModule)
	}
	sw, err := readSwaggerGlip(doc)
	if err != nil {
		t.Fatal(err)
	}
	got, err := GenerateLegacy(spec, current, legacyModule,
		glipSource{from: rcexPackage + " (npm), " + strings.TrimSuffix(rcexGlipPrefix, "/") + "/**/index.ts", sha256: sha256.Sum256(tgz), routes: rcex},
		glipSource{from: swaggerModule + ", " + swaggerFile, sha256: sha256.Sum256(doc), routes: sw})
	checkCommitted(t, "legacy_operations.tsv", got, err, file)
}

func TestGenerateLegacy(t *testing.T) {
	spec := `
paths:
  /restapi/v1.0/glip/groups:
    get:
      operationId: listGroups
      x-app-permission: Glip
  /restapi/v1.0/subscription/{subscriptionId}/renew:
    post:
      operationId: renewSubscription
      x-app-permission: webhook_subscription
  /restapi/v1.0/account/{accountId}/call-log:
    get:
      operationId: loadCompanyCallLog
      x-app-permission: ReadCallLog
    delete:
      operationId: deleteCompanyCallLog
      x-app-permission: EditCallLog
  /restapi/v1.0/account/{accountId}/extension/free-numbers:
    get:
      operationId: getFreeNumbers
  /restapi/v1.0/account/{accountId}/ivr-menus/{ivrMenuId}:
    put:
      x-app-permission: EditAccounts
`
	current := "# method\tpath\toperationId\tapp_permission\tuser_permission\tmedia_api\n" +
		"GET\t/restapi/v1.0/account/{accountId}/call-log\treadCompanyCallLog\tReadCallLog\t-\tno\n" +
		"GET\t/restapi/v1.0/account/{accountId}/extension/{extensionId}\treadExtension\tReadAccounts\t-\tno\n" +
		"PUT\t/restapi/v1.0/account/{accountId}/ivr-menus/{ivrMenuId}\tupdateIVRMenu\tEditAccounts\t-\tno\n"
	got, err := GenerateLegacy([]byte(spec), []byte(current), "example.com/sdk@v1")
	if err != nil {
		t.Fatal(err)
	}
	// The GET of the call log, the free numbers (which readExtension
	// answers) and the IVR menu (with no operationId) are current.
	want := "DELETE\t/restapi/v1.0/account/{accountId}/call-log\tdeleteCompanyCallLog\tEditCallLog\t-\tEditCallLog\t-\tspec\n" +
		"GET\t/restapi/v1.0/glip/groups\tlistGroups\tTeamMessaging\t-\tGlip\t-\tspec\n" +
		"POST\t/restapi/v1.0/subscription/{subscriptionId}/renew\trenewSubscription\tSubscriptionWebhook\t-\twebhook_subscription\t-\tspec\n"
	if !strings.HasSuffix(string(got), want) || !strings.Contains(string(got), "example.com/sdk@v1") {
		t.Errorf("GenerateLegacy =\n%s\nwant rows\n%s", got, want)
	}
}

func TestGenerateLegacyRejects(t *testing.T) {
	if _, err := GenerateLegacy([]byte("paths:\n  /x:\n    get: {}\n"), nil, "m"); err == nil {
		t.Errorf("a legacy operation without operationId and no current one was accepted")
	}
	if _, err := GenerateLegacy([]byte("paths:\n  /x:\n    get: {operationId: a}\n"), []byte("GET /x\n"), "m"); err == nil {
		t.Errorf("a current table without tabs was accepted")
	}
}

// TestGenerateLegacyGlip adds the Glip routes the legacy spec lacks, with
// the source's permission or else that of the current equivalent, and
// names each one's current equivalent.
func TestGenerateLegacyGlip(t *testing.T) {
	spec := "paths:\n  /restapi/v1.0/glip/groups/{groupId}/posts:\n    post: {operationId: createPost, x-app-permission: Glip}\n"
	current := "POST\t/team-messaging/v1/chats/{chatId}/posts\tcreateGlipPostNew\tTeamMessaging\t-\tno\n" +
		"GET\t/team-messaging/v1/teams\tlistGlipTeamsNew\tTeamMessaging\t-\tno\n"
	rcex := glipSource{from: "rcex", routes: []glipRoute{
		{method: "GET", path: "/restapi/v1.0/glip/teams", permission: "Glip"},
		{method: "POST", path: "/restapi/v1.0/glip/chats/{chatId}/read", permission: "GlipInternal"},
		{method: "GET", path: "/restapi/v1.0/glip/preferences", permission: "Glip"},
		{method: "POST", path: "/restapi/v1.0/glip/groups/{id}/posts", permission: "Glip"}, // the spec has it
	}}
	sw := glipSource{from: "swagger", routes: []glipRoute{
		{method: "POST", path: "/restapi/v1.0/glip/posts", id: "createPost"}, // taken: renamed
		{method: "GET", path: "/restapi/v1.0/glip/nothing"},                  // no permission, no equivalent: left out
	}}
	got, err := GenerateLegacy([]byte(spec), []byte(current), "m", rcex, sw)
	if err != nil {
		t.Fatal(err)
	}
	want := "POST\t/restapi/v1.0/glip/groups/{groupId}/posts\tcreatePost\tTeamMessaging\t-\tGlip\tcreateGlipPostNew\tspec\n" +
		"POST\t/restapi/v1.0/glip/posts\tpostGlipPosts\tTeamMessaging\t-\t-\tcreateGlipPostNew\tglip2\n" +
		"GET\t/restapi/v1.0/glip/preferences\tgetGlipPreferences\tTeamMessaging\t-\tGlip\t-\tglip1\n" +
		"GET\t/restapi/v1.0/glip/teams\tgetGlipTeams\tTeamMessaging\t-\tGlip\tlistGlipTeamsNew\tglip1\n"
	if !strings.HasSuffix(string(got), want) || !strings.Contains(string(got), "# glip2: the Glip routes of swagger") {
		t.Errorf("GenerateLegacy =\n%s\nwant rows\n%s", got, want)
	}
}

func TestReadRCExAndSwagger(t *testing.T) {
	sw, err := readSwaggerGlip([]byte(`{"basePath": "/restapi", "paths": {"/v1.0/glip/posts": {"get": {"operationId": "loadPosts"}}, "/v1.0/status": {"get": {}}}}`))
	if err != nil || len(sw) != 1 || sw[0] != (glipRoute{method: "GET", path: "/restapi/v1.0/glip/posts", id: "loadPosts"}) {
		t.Errorf("readSwaggerGlip = %v, %v", sw, err)
	}
	if _, err := readRCEx([]byte("not gzip")); err == nil {
		t.Errorf("readRCEx accepted a file that is no tarball")
	}
}
