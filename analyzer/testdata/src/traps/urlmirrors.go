package traps

import (
	"context"
	"flag"
	"net/http"
	"os"
)

// An archive service whose API mirrors RingCentral's path layout, on a
// server from configuration: a method RingCentral does not serve on that
// path says it is not RingCentral. Counted as unresolved, never reported
// as an unknown operation.
func archive(ctx context.Context, id string) {
	base := os.Getenv("ARCHIVE_URL")
	req, _ := http.NewRequestWithContext(ctx, http.MethodPut, base+"/restapi/v1.0/account/~/call-log/"+id, nil)
	http.DefaultClient.Do(req)
}

// The same archive, its server the caller's: a forwarder, no request of
// its own, whatever it is called with.
func PushCallLog(ctx context.Context, base string) { // want PushCallLog:`requests\(POST \{\$1\}/restapi/v1.0/account/~/call-log\)`
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/restapi/v1.0/account/~/call-log", nil)
	http.DefaultClient.Do(req)
}

// A span records the route as an attribute (any): data, not a request,
// whatever implements the interface.
type span interface {
	SetAttr(key string, value any)
}

func traced(s span, path string) {
	s.SetAttr("http.route", path)
}

func useTraced(s span) {
	traced(s, "/restapi/v1.0/account/~/call-log")
}

// A mirror whose server a flag configures, by default another service's:
// the request goes where the configuration says, and by default not to
// RingCentral, whatever its path.
var mirrorServer = flag.String("mirror", "https://cdr-mirror.example.net", "the CDR mirror")

func mirrorCallLog(h *http.Client) {
	h.Get(*mirrorServer + "/restapi/v1.0/account/~/call-log")
}

var archiveServer string

func init() {
	flag.StringVar(&archiveServer, "archive", "https://archive.example.net", "the archive")
}

func archiveCallLog(h *http.Client) {
	h.Get(archiveServer + "/restapi/v1.0/account/~/call-log")
}
