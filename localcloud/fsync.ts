// Making a directory entry durable (after create, rename or unlink of a file in it).
import fs from 'node:fs/promises';

export async function fsyncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
