// camera host
