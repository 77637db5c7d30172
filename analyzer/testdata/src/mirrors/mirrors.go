package mirrors // want package:`needs\(\[ReadMessages, ReadPresence\]\) wrappers=true module=""`

// Clients whose server is a field their constructor sets from
// configuration, falling back on a default: the default says which
// server it is, whatever configuration sets.

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

// Cache mirrors RingCentral's paths on another server: no request of it
// is RingCentral's.
type Cache struct {
	base string
	h    *http.Client
}

func NewCache(base string) *Cache {
	if base == "" {
		base = "https://presence-cache.internal.example.com"
	}
	return &Cache{base: strings.TrimRight(base, "/"), h: http.DefaultClient}
}

func (c *Cache) Publish(ctx context.Context, ext string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.base+"/restapi/v1.0/account/~/extension/"+ext+"/presence", nil)
	if err != nil {
		return err
	}
	_, err = c.h.Do(req)
	return err
}

// Directory is the same with a host alone.
type Directory struct{ host string }

func NewDirectory(host string) *Directory {
	if host == "" {
		host = "directory-cache.internal.example.com"
	}
	return &Directory{host: host}
}

func (d *Directory) Extension(ctx context.Context, ext string) error {
	u := url.URL{Scheme: "https", Host: d.host, Path: "/restapi/v1.0/account/~/extension/" + ext}
	_, err := http.Get(u.String())
	return err
}

// Client defaults to RingCentral: its requests are RingCentral's.
type Client struct{ server string }

func NewClient(server string) *Client { // want NewClient:`effects\(result 1 fields, receiver 0 fields\)`
	if server == "" {
		server = "https://platform.ringcentral.com"
	}
	return &Client{server: server}
}

func (c *Client) Presence(ctx context.Context, ext string) error { // want Presence:`requests\(GET \{\$256\}/restapi/v1.0/account/~/extension/\{\$1\}/presence\)`
	_, err := http.Get(c.server + "/restapi/v1.0/account/~/extension/" + ext + "/presence") // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	return err
}

// Replica defaults its server where it is used: the default stands for
// what configuration sets, another server's.
type Replica struct{ BaseURL string }

func (r *Replica) Recent(ctx context.Context) error {
	base := strings.TrimRight(r.BaseURL, "/")
	if base == "" {
		base = "https://calllog-replica.internal.example.com"
	}
	_, err := http.Get(base + "/restapi/v1.0/account/~/call-log")
	return err
}

// Regional defaults to RingCentral where it is used: its request is
// RingCentral's.
func Regional(ctx context.Context, server string) error { // want Regional:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/extension/~/message-store\)`
	if server == "" {
		server = "https://platform.ringcentral.com"
	}
	_, err := http.Get(server + "/restapi/v1.0/account/~/extension/~/message-store") // want `GET /restapi/v1.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]`
	return err
}
