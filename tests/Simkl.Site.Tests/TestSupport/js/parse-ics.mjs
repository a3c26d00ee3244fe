// Independent check of our .ics output: parses each file given on the command line with ical.js
// (Mozilla's RFC 5545 parser) and prints what it read as JSON for the C# test to compare.
// Usage: node parse-ics.mjs file.ics [file.ics ...]
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

// RFC 5545 §3.8.8.2: non-standard (X-) properties default to TEXT, so their values are escaped like
// SUMMARY, and RFC 7986 NAME is TEXT too. ical.js keeps properties it does not know raw; tell it
// these are TEXT.
for (const name of ['x-wr-calname', 'x-wr-caldesc', 'name']) {
  ICAL.design.icalendar.property[name] = { defaultType: 'text' };
}

const text = (component, name) => {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : value.toString();
};

const out = process.argv.slice(2).map((file) => {
  const jcal = ICAL.parse(readFileSync(file, 'utf8'));
  const cal = new ICAL.Component(jcal);
  if (cal.name !== 'vcalendar') {
    throw new Error(`${file}: top-level component is ${cal.name}`);
  }

  const refresh = cal.getFirstProperty('refresh-interval');
  return {
    file,
    version: text(cal, 'version'),
    prodid: text(cal, 'prodid'),
    name: text(cal, 'name'),
    calname: text(cal, 'x-wr-calname'),
    refreshInterval: refresh ? refresh.getFirstValue().toString() : null,
    // ical.js turns VALUE=DURATION into the property's type.
    refreshValueType: refresh ? refresh.type : null,
    publishedTtl: text(cal, 'x-published-ttl'),
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const start = v.getFirstPropertyValue('dtstart');
      const end = v.getFirstPropertyValue('dtend');
      return {
        uid: text(v, 'uid'),
        summary: text(v, 'summary'),
        description: text(v, 'description'),
        url: text(v, 'url'),
        dtstamp: v.getFirstPropertyValue('dtstamp').toString(),
        start: start.toString(),
        startIsDate: start.isDate,
        end: end ? end.toString() : null,
        endIsDate: end ? end.isDate : null,
        categories: v.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      };
    }),
  };
});

process.stdout.write(JSON.stringify(out));
