/**
 * A zip archive from a list of files, deflated, as WordPress's "Upload plugin" (PHP's ZipArchive, or
 * PclZip where that is missing) unpacks it. Node has deflate and CRC-32 built in, so the build needs no
 * `zip` command of its own.
 */
import {crc32, deflateRawSync} from 'node:zlib';

/** `files`: `[{name, data}]`, `name` with forward slashes; folders are implied by the names. */
export function zip(files) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const {name, data} of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, {level: 9});
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0); // local file header
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    // Midnight, 1 January 1980 (zip's first day): the same files always make the same zip.
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE((1 << 5) | 1, 12);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(deflated.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, nameBytes, deflated);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); // central directory entry
    entry.writeUInt16LE(0x031e, 4); // made by: Unix, zip 3.0 (so the permissions below count)
    header.copy(entry, 6, 4, 30); // needed version, flags, method, time, CRC and sizes, name length
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}
