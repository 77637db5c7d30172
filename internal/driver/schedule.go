package driver

import (
	"runtime"
	"sync"
)

// inDependencyOrder calls fn for each package once fn has returned for
// every one of pkgs it imports, running up to GOMAXPROCS at a time. The
// packages it imports that are not among pkgs are done already.
func inDependencyOrder(pkgs []*sourcePackage, fn func(*sourcePackage)) {
	done := make(map[*sourcePackage]chan struct{}, len(pkgs))
	for _, sp := range pkgs {
		done[sp] = make(chan struct{})
	}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, sp := range pkgs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(done[sp])
			for _, d := range sp.deps {
				if ch, ok := done[d]; ok {
					<-ch
				}
			}
			sem <- struct{}{}
			defer func() { <-sem }()
			fn(sp)
		}()
	}
	wg.Wait()
}
