package poll // want package:`needs\(\[\]\) wrappers=false module=""`

// poll checks URLs that its importers' probes build, with a
// request of its own.

import "net/http"

type Probe struct {
	Name string
	URL  func() string
}

func Check(probes []Probe) {
	for _, p := range probes {
		resp, err := http.Get(p.URL())
		if err == nil {
			resp.Body.Close()
		}
	}
}

// Describe only logs what a probe would fetch: no request.
type Label struct{ Text func() string }

func Describe(ls []Label) (out []string) {
	for _, l := range ls {
		out = append(out, l.Text())
	}
	return out
}
