package analyzer_test

import (
	"bytes"
	"encoding/gob"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/rcperm/rcperm/analyzer"
)

// testdata is the analyzer's testdata directory, in GOPATH layout under
// src/: analyzed packages, and stand-ins of the RingCentral SDKs with their
// real import paths.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestAnalyzer checks every // want in the analyzed packages of testdata
// (findings and facts), loading them together, once: each load
// type-checks std from source, as any driver of an analyzer with facts
// does.
//   - nethttp: every net/http sink and every route form;
//   - rcclient, rcapp: the three kinds of wrappers, across packages;
//   - sdks: the three RingCentral SDKs;
//   - traps: code that looks like requests and is not (nothing reported);
//   - suppress, indirect/app, routes, badmanifest, nomanifest,
//     ambiguous: each category and //rcperm:ignore;
//   - routes: the route constants a Result keeps (result_test.go).
//
// And the shapes real RingCentral Go code sends its requests in (issue
// 12), each in its real form:
//   - openapiclient, openapiapp: an openapi-generator client rcperm has no
//     model of, its routes through *url.URL, and its callers;
//   - helperpath: a forwarder whose path goes through a helper;
//   - callforms: method expressions, mutual recursion, package-level
//     variables, long concatenations;
//   - unknowntail: routes whose tail is known only at run time;
//   - faxsend: a forwarder completing the route itself in a branch;
//   - crosspkg/app: requests through another package's *http.Client and
//     a promoted wrapper method, in a package importing neither;
//   - restyapp: go-resty/resty v2, modelled; go-retryablehttp, followed;
//   - requestlit: http.Request composite literals;
//   - scimclient, scimapp: a generated SCIM client whose server is a
//     field default;
//   - teambot: a bot's team-messaging and legacy Glip filters and post,
//     with a manifest lacking TeamMessaging.
func TestAnalyzer(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, testdata(t), analyzer.Analyzer,
		"nethttp", "rcclient", "rcapp", "sdks",
		"traps", "subscriptions", "userperm", "suppress", "nolint", "indirect/app", "routes", "badmanifest", "nomanifest", "ambiguous",
		"openapiclient", "openapiapp", "helperpath", "callforms", "unknowntail", "faxsend", "crosspkg/app", "restyapp",
		"requestlit", "scimclient", "scimapp", "unresolved", "dynamic", "teambot", "joiner", "joinerapp", "latebound/app", "subsfwd/lib", "subsfwd/mid", "subsfwd/app", "builderfx/lib", "builderfx/app", "cmdobj/lib", "cmdobj/app", "descr/lib", "descr/app", "subsfield/lib", "subsfield/app", "example.com/jobq/jobs", "example.com/jobq/worker", "example.com/jobq/queue", "example.com/jobq/producer", "enumroute/lib", "enumroute/app", "enumtable", "tmplroute/routes", "tmplroute/app", "scoperoute/lib", "scoperoute/app", "deferredroute/lib", "deferredroute/app", "filterlists/lib", "filterlists/app", "mirrors", "options/rc", "options/app", "pairedtable", "example.com/fieldbound/jobs", "example.com/fieldbound/sched", "example.com/fieldbound/local", "example.com/iterators/rc", "example.com/iterators/app", "example.com/dispatch/rc", "example.com/dispatch/app", "example.com/urlembed/rc", "example.com/urlembed/app", "example.com/fluent/rc", "example.com/fluent/app", "example.com/genericrepo/repo", "example.com/genericrepo/app", "example.com/factory", "example.com/cmdqueue/commands", "example.com/cmdqueue/bus", "example.com/cmdqueue/presence", "example.com/scoped/rc", "example.com/scoped/desk", "editors", "editors/lib", "editors/app", "keyed/routes", "keyed/app", "example.com/enums/api", "example.com/enums/app", "example.com/cfgurl/config", "example.com/cfgurl/report", "example.com/typedroute/routes", "example.com/typedroute/svc", "example.com/fieldlate/pipe", "example.com/fieldlate/rc", "example.com/fieldlate/app", "example.com/actionindex/rc", "example.com/actionindex/svc", "example.com/actionindex/app", "example.com/segments/rc", "example.com/segments/app", "example.com/cfgfilters/config", "example.com/cfgfilters/sub", "example.com/fieldwired/rc", "example.com/fieldwired/sink", "example.com/fieldwired/relay", "example.com/fieldwired/app", "example.com/fieldwired/direct", "example.com/segments/wrap", "example.com/segments/wrapapp", "example.com/registry/ops", "example.com/registry/calls", "example.com/registry/app", "example.com/urlvalue", "example.com/urlcopy", "example.com/routepairs/actions", "example.com/routepairs/exec", "example.com/routepairs/app", "example.com/epvalues/endpoints", "example.com/epvalues/gateway", "example.com/callerserver/rest", "example.com/callerserver/app", "example.com/holders/rc", "example.com/holders/jobs", "example.com/holders/app", "example.com/linked/rc", "example.com/linked/app", "example.com/batch/tasks", "example.com/batch/api", "example.com/batch/app", "example.com/segcall/rpc", "example.com/segcall/app", "example.com/optbase/rc", "example.com/optbase/app", "example.com/cmdwire/cli", "example.com/cmdwire/commands", "example.com/cmdwire/rest", "example.com/cmdwire/app", "example.com/pathf/api", "example.com/pathf/app", "example.com/navsdk/rc", "example.com/navsdk/app", "example.com/portsubs/port", "example.com/portsubs/svc", "example.com/portsubs/adapter", "example.com/portsubs/app", "example.com/urlformat/api", "example.com/urlformat/app", "example.com/callbacks/lib", "example.com/callbacks/app", "example.com/jobfuncs/sched", "example.com/jobfuncs/jobs", "example.com/jobfuncs/httpx", "example.com/jobfuncs/poll", "example.com/jobfuncs/probes", "example.com/jobfuncs/app", "example.com/valuebuilder/rc", "example.com/valuebuilder/app", "example.com/portstruct/port", "example.com/portstruct/bus", "example.com/portstruct/svc", "example.com/portstruct/adapter", "example.com/portstruct/app", "example.com/actorq/rc", "example.com/actorq/svc", "example.com/servertable/rc", "example.com/servertable/app", "example.com/curry/rc", "example.com/curry/app", "example.com/epdesc/api", "example.com/epdesc/svc", "example.com/reqopts/rc", "example.com/reqopts/app", "example.com/tablefmt/reports", "example.com/tablefmt/rcapi", "example.com/tablefmt/app", "example.com/enumwrap/kind", "example.com/enumwrap/rcapi", "example.com/enumwrap/app", "example.com/jobfilters/jobs", "example.com/jobfilters/runner", "example.com/jobfilters/app", "example.com/mirrorbase/mirror", "example.com/mirrorbase/app", "example.com/handoff/rc", "example.com/handoff/pipe", "example.com/handoff/app", "example.com/handoff/jobs", "example.com/jobsched/jobs", "example.com/jobsched/sched", "example.com/jobsched/plan", "example.com/jobsched/rc", "example.com/jobsched/app", "example.com/routemap/rc", "example.com/routemap/svc", "example.com/callbackargs/work", "example.com/callbackargs/app", "example.com/descport/rcapi", "example.com/descport/shell", "example.com/descport/desk", "example.com/descport/app", "example.com/resultchain/result", "example.com/resultchain/app", "example.com/optreq/rc", "example.com/optreq/app", "example.com/rcserver/rc", "example.com/rcserver/app", "example.com/wiredrepo/resource", "example.com/wiredrepo/rest", "example.com/wiredrepo/repo", "example.com/wiredrepo/service", "example.com/wiredrepo/app", "example.com/typecases/rc", "example.com/typecases/app", "example.com/optsegs/rc", "example.com/optsegs/app", "example.com/cfgprefix/config", "example.com/cfgprefix/rc", "example.com/cfgprefix/app", "example.com/routemeth/routes", "example.com/routemeth/app", "example.com/scimlate/pager", "example.com/scimlate/rc", "example.com/scimlate/idp", "example.com/scimlate/app")
	gobRoundTrip(t, results)
	checkResultRoutes(t, results)
	checkResultIgnoredNotNeeded(t, results)
	checkResultAnswered(t, results)
	checkResultLostRoute(t, results)
	checkResultDescriptors(t, results)
}

// gobRoundTrip encodes every fact the analysis exported with encoding/gob
// and decodes it, as go vet and the checker's SanityCheck do between
// packages: the fact must come back equal, and encode the same twice.
// analysistest hands facts over in memory, and would pass a fact that only
// go vet breaks (an unexported field, an empty slice read back as nil).
func gobRoundTrip(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	types := map[reflect.Type]bool{}
	for _, r := range results {
		for obj, facts := range r.Facts {
			for _, f := range facts {
				types[reflect.TypeOf(f)] = true
				var first, second bytes.Buffer
				if err := gob.NewEncoder(&first).Encode(f); err != nil {
					t.Fatalf("%v: fact %v: %v", obj, f, err)
				}
				if err := gob.NewEncoder(&second).Encode(f); err != nil || !bytes.Equal(first.Bytes(), second.Bytes()) {
					t.Errorf("%v: fact %v does not encode the same twice", obj, f)
				}
				back := reflect.New(reflect.TypeOf(f).Elem()).Interface()
				if err := gob.NewDecoder(&first).Decode(back); err != nil {
					t.Fatalf("%v: fact %v: %v", obj, f, err)
				}
				if !reflect.DeepEqual(back, f) {
					t.Errorf("%v: fact %#v comes back from gob as %#v", obj, f, back)
				}
			}
		}
	}
	if want := len(analyzer.Analyzer.FactTypes); len(types) != want {
		t.Errorf("the fixtures export %d fact types (%v), want all %d", len(types), types, want)
	}
}
