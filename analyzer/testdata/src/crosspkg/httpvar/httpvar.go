// Package httpvar exports the *http.Client its module shares: it makes no
// request itself.
package httpvar

import (
	"net/http"
	"time"
)

var HTTP = &http.Client{Timeout: 30 * time.Second}
