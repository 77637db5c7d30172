// Package mid holds a RingCentral client but sends nothing itself: the
// program's needs reach main through it.
package mid

import "rcclient"

// Client is the program's RingCentral client.
var Client = &rcclient.Client{Server: "https://platform.ringcentral.com"}
