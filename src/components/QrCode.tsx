// A QR code drawn as a grid of Views (no canvas: the same on WeChat and H5), from the `qrcode` package's
// module matrix. An image to a screen reader, named by `label`; the digits next to it say the same.
import { View } from '@tarojs/components';
import QRCode from 'qrcode';
import { useMemo } from 'react';
import { regionProps } from './a11y';

interface Props {
  id: string;
  text: string;
  label: string;
  /** CSS px per module. */
  cell?: number;
}

export function QrCode({ id, text, label, cell = 7 }: Props) {
  const rows = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    return Array.from({ length: modules.size }, (_, r) => Array.from({ length: modules.size }, (_, c) => modules.get(r, c) === 1));
  }, [text]);
  const quiet = cell * 4;
  return (
    <View
      id={id}
      className='qr-code'
      style={{ padding: `${quiet}px`, background: '#fff', display: 'inline-block' }}
      {...regionProps({ role: 'img', label })}
    >
      {rows.map((row, r) => (
        <View key={r} style={{ display: 'flex', height: `${cell}px` }}>
          {row.map((dark, c) => (
            <View key={c} style={{ width: `${cell}px`, height: `${cell}px`, background: dark ? '#000' : '#fff' }} />
          ))}
        </View>
      ))}
    </View>
  );
}
