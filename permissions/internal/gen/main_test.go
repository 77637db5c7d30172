package main

import (
	"os"
	"strings"
	"testing"
)

const sharedSpec = "../../../../shared/ringcentral/rc-public-openapi.yml"

// TestCommittedTableIsGenerated keeps operations.tsv what the generator
// makes of RingCentral's spec: an edit by hand or a stale table fails here.
func TestCommittedTableIsGenerated(t *testing.T) {
	spec, err := os.ReadFile(sharedSpec)
	if err != nil {
		t.Skipf("spec not available (%v): ../shared is only beside the repository on developer and CI machines", err)
	}
	got, err := Generate(spec)
	checkCommitted(t, "operations.tsv", got, err, "the spec")
}

// checkCommitted fails unless the table the generator made (got, err) is
// the committed permissions/<table>, made from source.
func checkCommitted(t *testing.T, table string, got []byte, err error, source string) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("../../" + table)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(committed) {
		t.Errorf("permissions/%s is not what the generator makes of %s: run make generate", table, source)
	}
}

func TestGenerate(t *testing.T) {
	spec := `
openapi: 3.0.3
paths:
  /restapi/v1.0/account/{accountId}/call-log:
    parameters:
      - name: accountId
        in: path
    get:
      summary: prose that must not be copied
      operationId: readCompanyCallLog
      x-app-permission: ReadCallLog
      x-user-permission: FullCompanyCallLog
    delete:
      operationId: deleteCompanyCallLog
  /restapi/v1.0/account/{accountId}/recording/{recordingId}/content:
    get:
      operationId: readCallRecordingContent
      x-app-permission: ReadCallRecording
      x-media-api: true
`
	got, err := Generate([]byte(spec))
	if err != nil {
		t.Fatal(err)
	}
	want := `DELETE	/restapi/v1.0/account/{accountId}/call-log	deleteCompanyCallLog	-	-	no
GET	/restapi/v1.0/account/{accountId}/call-log	readCompanyCallLog	ReadCallLog	FullCompanyCallLog	no
GET	/restapi/v1.0/account/{accountId}/recording/{recordingId}/content	readCallRecordingContent	ReadCallRecording	-	yes
`
	if !strings.HasSuffix(string(got), want) || strings.Contains(string(got), "prose") {
		t.Errorf("Generate =\n%s\nwant rows\n%s", got, want)
	}
}

func TestGenerateRejects(t *testing.T) {
	tests := map[string]string{
		"not yaml":            "paths: [",
		"no paths":            "openapi: 3.0.3\n",
		"no operationId":      "paths:\n  /x:\n    get:\n      x-app-permission: ReadCallLog\n",
		"duplicate id":        "paths:\n  /x:\n    get:\n      operationId: a\n  /y:\n    get:\n      operationId: a\n",
		"operation not a map": "paths:\n  /x:\n    get: [1]\n",
	}
	for name, spec := range tests {
		if _, err := Generate([]byte(spec)); err == nil {
			t.Errorf("%s: Generate accepted %q", name, spec)
		}
	}
}
