module github.com/acme/rcwrap

go 1.26
