// Package lib walks pages and hands each page's URL to the getter its // want package:`needs\(\[\]\) wrappers=true module=""`
// caller passes: a function value, whose requests are the caller's to
// tell.
package lib

import "context"

const server = "https://platform.ringcentral.com"

// Each hands get the call log's URL, page after page.
func Each(ctx context.Context, get func(ctx context.Context, url string) error) error { // want Each:`requests\(via \$1\(\{\}, https://platform\.ringcentral\.com/restapi/v1\.0/account/~/call-log\)\)` Each:`callbacks\(1\)`
	for n := 1; n <= 3; n++ {
		if err := get(ctx, server+"/restapi/v1.0/account/~/call-log"); err != nil {
			return err
		}
	}
	return nil
}

// Pages hands get the URL urlFor builds, the builder its caller's too.
func Pages(ctx context.Context, urlFor func(page int) string, get func(ctx context.Context, url string) error) error { // want Pages:`requests\(via \$2\(\{\}, \{\$1789\}\)\)` Pages:`callbacks\(1\)`
	return get(ctx, urlFor(1))
}
