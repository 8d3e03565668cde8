/* The floor for a libxml2 TMX writer: reads th<TAB>en lines and writes the same TMX as
 * `thaitm convert` (header, <tu tuid creationdate>, <tuv xml:lang><seg>) with xmlTextWriter,
 * to a file descriptor through xmlOutputBufferCreateFd, without any checking or cleaning.
 * Build: cc -O2 tmx_floor.c $(pkg-config --cflags --libs libxml-2.0) -o tmx_floor
 * Use:   tmx_floor IN.tsv OUT.tmx */
#include <fcntl.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define CHECK(x) do { if ((x) < 0) { fprintf(stderr, "tmx_floor: write failed\n"); return 2; } } while (0)

int main(int argc, char **argv) {
  if (argc != 3) { fprintf(stderr, "usage: tmx_floor IN.tsv OUT.tmx\n"); return 64; }
  FILE *in = fopen(argv[1], "r");
  int fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (!in || fd < 0) { perror("tmx_floor"); return 2; }
  xmlTextWriterPtr w = xmlNewTextWriter(xmlOutputBufferCreateFd(fd, NULL));
  char date[17];
  time_t now = time(NULL);
  strftime(date, sizeof date, "%Y%m%dT%H%M%SZ", gmtime(&now));
  CHECK(xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL));
  CHECK(xmlTextWriterStartElement(w, BAD_CAST "tmx"));
  CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST "1.4"));
  CHECK(xmlTextWriterWriteRaw(w, BAD_CAST "\n  "));
  CHECK(xmlTextWriterStartElement(w, BAD_CAST "header"));
  const char *attrs[][2] = {{"creationtool", "thaitm"}, {"creationtoolversion", "0.1.0"},
                            {"segtype", "sentence"}, {"o-tmf", "thaitm"}, {"adminlang", "en"},
                            {"srclang", "th"}, {"datatype", "plaintext"}, {"creationdate", date}};
  for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++)
    CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST attrs[i][0], BAD_CAST attrs[i][1]));
  CHECK(xmlTextWriterEndElement(w));
  CHECK(xmlTextWriterWriteRaw(w, BAD_CAST "\n  "));
  CHECK(xmlTextWriterStartElement(w, BAD_CAST "body"));
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  long count = 0;
  char tuid[32];
  while ((n = getline(&line, &cap, in)) > 0) {
    if (line[n - 1] == '\n') line[--n] = 0;
    char *tab = strchr(line, '\t');
    if (!tab) continue;
    *tab = 0;
    char *en = tab + 1;
    char *tab2 = strchr(en, '\t');
    if (tab2) *tab2 = 0;
    snprintf(tuid, sizeof tuid, "%ld", ++count);
    CHECK(xmlTextWriterWriteRaw(w, BAD_CAST "\n    "));
    CHECK(xmlTextWriterStartElement(w, BAD_CAST "tu"));
    CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "tuid", BAD_CAST tuid));
    CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "creationdate", BAD_CAST date));
    const char *langs[2] = {"th", "en"};
    const char *texts[2] = {line, en};
    for (int i = 0; i < 2; i++) {
      CHECK(xmlTextWriterWriteRaw(w, BAD_CAST "\n      "));
      CHECK(xmlTextWriterStartElement(w, BAD_CAST "tuv"));
      CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "xml:lang", BAD_CAST langs[i]));
      CHECK(xmlTextWriterStartElement(w, BAD_CAST "seg"));
      CHECK(xmlTextWriterWriteString(w, BAD_CAST texts[i]));
      CHECK(xmlTextWriterEndElement(w));
      CHECK(xmlTextWriterEndElement(w));
    }
    CHECK(xmlTextWriterWriteRaw(w, BAD_CAST "\n    "));
    CHECK(xmlTextWriterEndElement(w));
  }
  CHECK(xmlTextWriterWriteRaw(w, BAD_CAST "\n  "));
  CHECK(xmlTextWriterEndElement(w));
  CHECK(xmlTextWriterWriteRaw(w, BAD_CAST "\n"));
  CHECK(xmlTextWriterEndElement(w));
  CHECK(xmlTextWriterEndDocument(w));
  xmlFreeTextWriter(w);
  free(line);
  fclose(in);
  return close(fd) == 0 ? 0 : 2;
}
