package main

import (
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
	got, err := GenerateLegacy(spec, current, legacyModule)
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
	want := "DELETE\t/restapi/v1.0/account/{accountId}/call-log\tdeleteCompanyCallLog\tEditCallLog\t-\tEditCallLog\n" +
		"GET\t/restapi/v1.0/glip/groups\tlistGroups\tTeamMessaging\t-\tGlip\n" +
		"POST\t/restapi/v1.0/subscription/{subscriptionId}/renew\trenewSubscription\tSubscriptionWebhook\t-\twebhook_subscription\n"
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
