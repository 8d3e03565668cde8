#ifndef CTHAI_SHIM_H
#define CTHAI_SHIM_H
#include <thai/thbrk.h>
#include <thai/thwchar.h>
#include <thai/thwbrk.h>
#include <thai/thctype.h>
#include <datrie/trie.h>
#include <datrie/alpha-map.h>
#endif
