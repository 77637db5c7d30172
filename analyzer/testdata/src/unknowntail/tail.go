package unknowntail // want package:`needs\(\[TeamMessaging\]\) wrappers=true module=""`

// Package unknowntail sends routes whose tail is known only at run time:
// the known part decides the operation, or that there is none.

import (
	"net/http"
	"strings"
)

const server = "https://platform.ringcentral.com"

func tails(c *http.Client, ids []string) { // want tails:`requests\(GET .*`
	c.Get(server + "/restapi/v1.0/glip/persons/" + strings.Join(ids, ","))            // want `GET /restapi/v1.0/glip/persons/\{personId\} \(loadPerson\) is missing from RingCentral's current API reference` `GET /restapi/v1.0/glip/persons/\{personId\} \(loadPerson\) needs \[TeamMessaging\]`
	c.Get(server + "/restapi/v1.0/account/~/no-such-thing/" + strings.Join(ids, ",")) // want `GET /restapi/v1.0/account/~/no-such-thing/\{\}: no such RingCentral operation`
}
